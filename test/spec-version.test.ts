import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { API_VERSION, LEGACY_SPEC, SPEC, WEBHOOKS_SPEC } from '../scripts/config.js';
import type { Spec } from '../scripts/generator/spec.js';
import { specChanges } from '../scripts/spec-changes.js';
import { SPEC_VERSION } from '../src/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

const vendoredSpec = (): Spec => parse(readFileSync(join(root, SPEC), 'utf8')) as Spec;

/** A next version of the spec, changed the ways new versions change. */
function nextVersion(spec: Spec): Spec {
  const next = structuredClone(spec);
  delete next.paths['/users/{user_id}/ban'];
  next.paths['/widgets'] = { get: { operationId: 'ListWidgets', parameters: [{ name: 'limit', in: 'query', schema: { type: 'integer', maximum: 50 } }], responses: { '200': { description: '' } as never } } };
  const list = next.paths['/users']!.get!;
  list.parameters = [...(list.parameters ?? []), { name: 'favourite_colour', in: 'query', required: true, schema: { type: 'string' } }];
  const user = next.components.schemas.User!;
  user.properties!.banned = { type: 'string', enum: ['no', 'yes'] };
  delete user.properties!.locked;
  user.properties!.nickname = { type: 'string', nullable: true };
  next.components.schemas.Widget = { type: 'object', properties: { id: { type: 'string' } } };
  return next;
}

describe('the spec version', () => {
  it('is named in scripts/config.ts and generated into SPEC_VERSION', () => {
    expect(SPEC_VERSION).toBe(API_VERSION);
    expect(SPEC).toBe(`spec/bapi-${API_VERSION}.yml`);
  });

  it("is the version the README names wherever it names the API's version", () => {
    const readme = readFileSync(join(root, 'README.md'), 'utf8');
    const mentions = [
      ...readme.matchAll(/spec\/bapi-(\d{4}-\d{2}-\d{2})\.yml/g),
      ...readme.matchAll(/\| `apiVersion` \| `'(\d{4}-\d{2}-\d{2})'`/g),
      ...readme.matchAll(/of the (\d{4}-\d{2}-\d{2}) spec/g),
    ].map((match) => match[1]);
    expect(mentions.length).toBeGreaterThanOrEqual(3);
    expect(new Set(mentions)).toEqual(new Set([API_VERSION]));
  });

  it('changes are summarised: operations added and removed, parameters and fields changed', () => {
    const summary = specChanges(vendoredSpec(), nextVersion(vendoredSpec()), { from: API_VERSION, to: '2099-01-01' });
    expect(summary).toContain(`# Clerk Backend API: ${API_VERSION} -> 2099-01-01`);
    expect(summary).toMatch(/## Operations added\n\n- `ListWidgets`: `GET \/widgets`/);
    expect(summary).toMatch(/## Operations removed\n\n- `BanUser`: `POST \/users\/\{user_id\}\/ban`/);
    expect(summary).toContain('### `GetUserList` (`GET /users`)\n\n- parameter added: query `favourite_colour` (string)');
    expect(summary).not.toContain('favourite_colour` (string, optional)');
    expect(summary).toContain('### `User`\n');
    expect(summary).toContain('- field added: `nickname` (string | null, optional)');
    expect(summary).toContain('- field removed: `locked` (boolean)');
    expect(summary).toContain('- field changed: `banned`: boolean -> "no" | "yes"');
    expect(summary).toMatch(/## Schemas added\n\n- `Widget`/);
    // Every operation answering with a user is not listed as changed: the schema is, once.
    expect(summary).not.toContain('### `GetUser` ');
  });

  it('an unchanged spec says so', () => {
    expect(specChanges(vendoredSpec(), vendoredSpec(), { from: API_VERSION, to: API_VERSION })).toContain('No differences');
  });

  it('npm run vendor-spec -- --version adopts a new version: config, spec file and CHANGES.md', () => {
    const work = mkdtempSync(join(tmpdir(), 'clerk-fluent-version-'));
    try {
      // A copy of what vendor-spec reads and writes, and a source directory holding the next version.
      for (const dir of ['scripts', 'spec', 'test/fixtures']) cpSync(join(root, dir), join(work, 'repo', dir), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(work, 'repo', 'node_modules'));
      cpSync(join(root, 'package.json'), join(work, 'repo', 'package.json'));
      const shared = join(work, 'shared', 'clerk-openapi');
      mkdirSync(shared, { recursive: true });
      mkdirSync(join(work, 'shared', 'seed'));
      cpSync(join(root, 'spec', 'LICENSE'), join(shared, 'LICENSE'));
      cpSync(join(root, 'test', 'fixtures', 'seed-operations.tsv'), join(work, 'shared', 'seed', 'seed-operations.tsv'));
      cpSync(join(root, LEGACY_SPEC), join(shared, LEGACY_SPEC.replace('spec/', '')));
      cpSync(join(root, WEBHOOKS_SPEC), join(shared, WEBHOOKS_SPEC.replace('spec/', '')));
      writeFileSync(join(shared, 'bapi-2099-01-01.yml'), stringify(nextVersion(vendoredSpec())));

      const output = execFileSync(process.execPath, [tsx, 'scripts/vendor-spec.ts', '--from', shared, '--version', '2099-01-01'], { cwd: join(work, 'repo'), encoding: 'utf8' });
      expect(output).toContain('spec/CHANGES.md');
      const repo = (path: string) => join(work, 'repo', path);
      expect(readFileSync(repo('scripts/config.ts'), 'utf8')).toContain("export const API_VERSION = '2099-01-01';");
      expect(existsSync(repo('spec/bapi-2099-01-01.yml'))).toBe(true);
      expect(existsSync(repo(SPEC))).toBe(false);
      const changes = readFileSync(repo('spec/CHANGES.md'), 'utf8');
      expect(changes).toContain('`ListWidgets`');
      expect(changes).toContain('- field removed: `locked` (boolean)');
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 120_000);
});

import { execFileSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { WEBHOOKS_SPEC } from '../scripts/config.js';
import { applyFacts, templateOf } from '../scripts/generator/facts.js';
import type { Spec } from '../scripts/generator/spec.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const tsx = fileURLToPath(new URL('../node_modules/tsx/dist/cli.mjs', import.meta.url));

function check(script: string, cwd = root): { ok: boolean; output: string } {
  try {
    const output = execFileSync(process.execPath, [tsx, script, '--check'], { cwd, encoding: 'utf8', stdio: 'pipe' });
    return { ok: true, output };
  } catch (error) {
    const failure = error as { stdout?: string; stderr?: string };
    return { ok: false, output: `${failure.stdout ?? ''}${failure.stderr ?? ''}` };
  }
}

describe('generated code', () => {
  it('src/generated matches what npm run generate writes from spec/', () => {
    const result = check('scripts/generate.ts');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);

  it('a change to the webhook events spec makes the webhook outputs stale, and only them', () => {
    const work = mkdtempSync(join(tmpdir(), 'clerk-fluent-webhooks-'));
    try {
      for (const dir of ['scripts', 'spec', 'src']) cpSync(join(root, dir), join(work, dir), { recursive: true });
      symlinkSync(join(root, 'node_modules'), join(work, 'node_modules'));
      cpSync(join(root, 'package.json'), join(work, 'package.json'));
      expect(check('scripts/generate.ts', work)).toEqual({ ok: true, output: '' });

      const file = join(work, WEBHOOKS_SPEC);
      const spec = parse(readFileSync(file, 'utf8')) as { 'x-webhooks': Record<string, unknown> };
      spec['x-webhooks']['robot.awakened'] = structuredClone(spec['x-webhooks']['user.deleted']);
      writeFileSync(file, stringify(spec));
      const result = check('scripts/generate.ts', work);
      expect(result.ok).toBe(false);
      const stale = [...result.output.matchAll(/^(\S+) is stale/gm)].map((match) => match[1]).sort();
      expect(stale).toEqual(['webhook-decoders.ts', 'webhook-schemas.ts', 'webhook-type-checks.ts', 'webhook-types.ts'].map((name) => `src/generated/${name}`));
    } finally {
      rmSync(work, { recursive: true, force: true });
    }
  }, 180_000);

  // Only where Clerk's originals sit beside the checkout (CI, maintainers); a user's clone has spec/ alone.
  it.skipIf(!existsSync(`${root}/../shared/clerk-openapi`))('spec/ matches what npm run vendor-spec writes from ../shared', () => {
    const result = check('scripts/vendor-spec.ts');
    expect(result.output).toBe('');
    expect(result.ok).toBe(true);
  }, 60_000);
});

describe('spec/facts.yml', () => {
  const spec = (): Spec => ({
    info: { version: 'test' },
    paths: {
      '/things': {
        get: { operationId: 'ListThings', parameters: [{ name: 'order_by', in: 'query', schema: { type: 'string' } }] },
        post: { operationId: 'CreateThing', requestBody: { content: { 'application/json': { schema: { type: 'object', properties: { key: { type: 'string' } } } } } } },
      },
    },
    components: { schemas: {}, responses: {}, parameters: {} },
  });

  it('turns an ordering into every accepted value, marked for the emitters', () => {
    const target = spec();
    applyFacts(target, { orderings: { ListThings: ['name'] } }, 'facts');
    expect(target.paths['/things']!.get!.parameters![0]!.schema).toEqual({ type: 'string', enum: ['name', '+name', '-name'], 'x-ordering': ['name'] });
  });

  it('gives a pattern its template literal type', () => {
    const target = spec();
    applyFacts(target, { fields: { CreateThing: { key: { pattern: '^org:(?!sys_)[a-z]+:[a-z0-9_]+$' } } } }, 'facts');
    expect(target.paths['/things']!.post!.requestBody!.content!['application/json']!.schema!.properties!.key).toMatchObject({ 'x-template': '`org:${string}:${string}`' });
    expect(templateOf('^a.b$')).toBeUndefined();
  });

  it('stops at a fact that no longer fits the spec', () => {
    expect(() => applyFacts(spec(), { orderings: { ListGone: ['name'] } }, 'facts')).toThrow('no operation ListGone');
    expect(() => applyFacts(spec(), { parameters: { ListThings: { status: { enum: ['a'] } } } }, 'facts')).toThrow('no query parameter status');
    const listed = spec();
    listed.paths['/things']!.get!.parameters![0]!.schema!.enum = ['name'];
    expect(() => applyFacts(listed, { orderings: { ListThings: ['name'] } }, 'facts')).toThrow('lists ListThings order_by');
  });
});

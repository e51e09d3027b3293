/**
 * The README's "Testing your code" block is a vitest file: this runs it as one. The block is taken
 * from README.md as written, its imports pointed at src/ (test/readme-snippets.test.ts compiles it
 * against dist/ as an application would), and imported here, so its describe/it blocks join this
 * file's.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));
const readme = readFileSync(join(root, 'README.md'), 'utf8');
const section = readme.indexOf('\n## Testing your code');
if (section < 0) throw new Error('README.md has no "Testing your code" section');
const block = /```ts\n([\s\S]*?)\n```/.exec(readme.slice(section))?.[1];
if (!block) throw new Error('the "Testing your code" section of README.md has no ```ts block');

const dir = join(root, '.vitest-readme');
mkdirSync(dir, { recursive: true });
const file = join(dir, 'testing-your-code.ts');
writeFileSync(
  file,
  block
    .replace(/from 'clerk-fluent\/testing'/g, `from ${JSON.stringify(join(root, 'src/testing/index.js'))}`)
    .replace(/from 'clerk-fluent'/g, `from ${JSON.stringify(join(root, 'src/index.js'))}`),
);
await import(file);

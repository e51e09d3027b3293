import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';

const { version } = JSON.parse(readFileSync(new URL('./package.json', import.meta.url), 'utf8')) as { version: string };

export default defineConfig({
  define: { __CLERK_FLUENT_VERSION__: JSON.stringify(version) },
  // src/rate-limit/ imports the main entry by its name (see tsup.config.ts), and a test may import
  // the entries by name as users do: in tests they are src/ (tsc reads them from dist/, built).
  resolve: {
    alias: [
      { find: /^clerk-fluent$/, replacement: fileURLToPath(new URL('./src/index.ts', import.meta.url)) },
      { find: /^clerk-fluent\/rate-limit$/, replacement: fileURLToPath(new URL('./src/rate-limit/index.ts', import.meta.url)) },
    ],
  },
  test: {
    include: ['test/**/*.test.ts'],
    setupFiles: ['test/setup.ts'],
    globalSetup: ['test/contract/global-setup.ts'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
  },
});

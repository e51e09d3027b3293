// One import-time sample, in a fresh process: `node bench/import-time.mjs <specifier>` prints the
// milliseconds `import(specifier)` took (module resolution, loading, evaluation).
const specifier = process.argv[2];
const start = performance.now();
await import(specifier);
process.stdout.write(String(performance.now() - start));

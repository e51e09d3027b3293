// The CommonJS entry for Node and Bun: the package by its name through `require`. The shared checks
// are an ES module, loaded with import(); the package itself comes from the CommonJS build.
const lib = require('clerk-fluent');

const runtime = globalThis.Bun ? `bun ${globalThis.Bun.version}` : `node ${process.versions.node}`;
import('./smoke.mjs').then(async ({ RESULTS_MARKER, runSmoke }) => {
  const results = await runSmoke(lib, JSON.parse(process.argv[2]));
  console.log(RESULTS_MARKER + JSON.stringify({ runtime, loaded: require.resolve('clerk-fluent'), results }));
});

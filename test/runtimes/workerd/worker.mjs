// The workerd entry, bundled by esbuild with the package (runtimes.test.ts). `workerd test` calls
// `test()`; the config comes from the environment through the SMOKE_CONFIG binding (config.capnp).
import * as lib from 'clerk-fluent';
import { RESULTS_MARKER, runSmoke } from '../smoke.mjs';

export default {
  async test(_controller, env) {
    const results = await runSmoke(lib, JSON.parse(env.SMOKE_CONFIG));
    console.log(RESULTS_MARKER + JSON.stringify({ runtime: navigator.userAgent, loaded: 'bundle', results }));
  },
};

# workerd's config for the runtime smoke suite (test/runtimes/runtimes.test.ts): one worker, run by
# `workerd test`, whose only way out is the loopback network. workerd's default outbound service
# ("internet") refuses private and local addresses, so the worker gets its own service that
# allows the local ones (127.0.0.0/8, where the test's server listens) and nothing else.
using Workerd = import "/workerd/workerd.capnp";

const config :Workerd.Config = (
  services = [
    (name = "smoke", worker = .smokeWorker),
    (name = "loopback", network = (allow = ["local"])),
  ],
);

const smokeWorker :Workerd.Worker = (
  # Written by the test: worker.mjs and the built package, bundled by esbuild.
  modules = [(name = "worker", esModule = embed "build/worker.mjs")],
  compatibilityDate = "2026-11-01",
  bindings = [(name = "SMOKE_CONFIG", fromEnvironment = "SMOKE_CONFIG")],
  globalOutbound = "loopback",
);

/**
 * A module loaded on its first use, not at import: the client's entry stays small, and what an
 * application never uses (the token verifier, jose, zod's schemas, the webhook verifier) is never
 * loaded nor compiled (bench/RESULTS.md, the first answer in a fresh process and the bundle).
 */
export interface Lazy<M> {
  /** Starts the import on the first call; every call gets the same promise. */
  (): Promise<M>;
  /** The module once it has loaded, for callers that can then go on without waiting on a promise. */
  readonly loaded: M | undefined;
  /** Whether the import has started. */
  readonly started: boolean;
}

/** `importer` (an `import()` of one module) run once, on the first call of the function returned. */
export function lazy<M>(importer: () => Promise<M>): Lazy<M> {
  let pending: Promise<M> | undefined;
  const state: { loaded: M | undefined } = { loaded: undefined };
  const load = () =>
    (pending ??= importer().then((module) => {
      state.loaded = module;
      return module;
    }));
  return Object.defineProperties(load, {
    loaded: { get: () => state.loaded },
    started: { get: () => pending !== undefined },
  }) as Lazy<M>;
}

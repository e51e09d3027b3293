import type { TestProject } from 'vitest/node';
import { LEGACY_SPEC, SPEC } from '../../scripts/config.js';
import { startPrism, type MockServer } from '../../scripts/prism.js';

declare module 'vitest' {
  export interface ProvidedContext {
    prismApiUrl: string;
    prismLegacyApiUrl: string;
  }
}

let servers: MockServer[] = [];

/** Starts Prism on the current and the legacy spec copies (scripts/config.ts) for the whole run; stops both by PID. */
export async function setup(project: TestProject): Promise<void> {
  servers = await Promise.all([startPrism(SPEC), startPrism(LEGACY_SPEC)]);
  project.provide('prismApiUrl', servers[0]!.apiUrl);
  project.provide('prismLegacyApiUrl', servers[1]!.apiUrl);
}

export async function teardown(): Promise<void> {
  await Promise.all(servers.map((server) => server.stop()));
  servers = [];
}

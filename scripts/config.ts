/**
 * The one place that names the Clerk API version the project is built on. Everything else reads it
 * from here: vendor-spec (which file to copy), the generator (which spec to read; it writes the
 * version into src/generated as `SPEC_VERSION`), Prism, the demo and the tests.
 *
 * To adopt a new version: `npm run vendor-spec -- --version <date>` (rewrites the constant below,
 * vendors the spec, summarises the changes in spec/CHANGES.md), then `npm run generate`.
 */
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** The Clerk Backend API version: its spec is vendored as spec/bapi-<version>.yml. */
export const API_VERSION = '2026-05-12';

/**
 * The version of Clerk's webhook events spec (the payloads of the events Clerk sends), vendored as
 * spec/webhooks-<version>.yml. It is versioned apart from the Backend API: to adopt another, set it
 * here, then `npm run vendor-spec` and `npm run generate`.
 */
export const WEBHOOKS_VERSION = '2025-04-15';

/** The oldest version, kept for the operations later versions dropped (scripts/naming.ts). */
export const LEGACY_API_VERSION = '2021-02-05';

/** The repository's root directory. */
export const root = join(dirname(fileURLToPath(import.meta.url)), '..');

/** The vendored spec of a version, relative to the root. */
export const specFile = (version: string): string => `spec/bapi-${version}.yml`;

export const SPEC = specFile(API_VERSION);
/** The vendored webhook events spec of a version, relative to the root. */
export const webhooksSpecFile = (version: string): string => `spec/webhooks-${version}.yml`;
export const WEBHOOKS_SPEC = webhooksSpecFile(WEBHOOKS_VERSION);
export const LEGACY_SPEC = specFile(LEGACY_API_VERSION);
/** Operations and models no vendored spec describes (see the file's header). */
export const SUPPLEMENT = 'spec/supplement.yml';
/** Values and formats Clerk's spec states only in prose (see the file's header). */
export const FACTS = 'spec/facts.yml';

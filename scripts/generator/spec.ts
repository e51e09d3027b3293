/**
 * Stage 1, load: the OpenAPI documents as the generator reads them (types for the parts it uses),
 * and the sources of one run: the current spec with the supplement's models merged in, and the
 * documents the legacy operations come from.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parse } from 'yaml';
import { FACTS, LEGACY_SPEC, SPEC, SUPPLEMENT, root } from '../config.js';
import { applyFacts, type Facts } from './facts.js';

export type Schema = {
  $ref?: string;
  type?: string;
  format?: string;
  nullable?: boolean;
  enum?: unknown[];
  const?: unknown;
  properties?: Record<string, Schema>;
  required?: string[];
  additionalProperties?: boolean | Schema;
  items?: Schema;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
  discriminator?: { propertyName: string; mapping?: Record<string, string> };
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  minItems?: number;
  maxItems?: number;
  pattern?: string;
  deprecated?: boolean;
  default?: unknown;
  readOnly?: boolean;
  example?: unknown;
  /** From spec/facts.yml (see facts.ts): the fields an `order_by` takes. */
  'x-ordering'?: string[];
  /** From spec/facts.yml: enum values may also be sent prefixed `-`, to exclude them. */
  'x-exclude'?: boolean;
  /** From spec/facts.yml: the template literal type of `pattern`. */
  'x-template'?: string;
};

export type Parameter = { name: string; in: string; required?: boolean; schema?: Schema; deprecated?: boolean; $ref?: string };

export type MediaTypes = Record<string, { schema?: Schema }>;

export type Response = { $ref?: string; content?: MediaTypes };

export type Operation = {
  operationId: string;
  deprecated?: boolean;
  tags?: string[];
  parameters?: Parameter[];
  requestBody?: { $ref?: string; required?: boolean; content?: MediaTypes };
  responses?: Record<string, Response>;
  'x-speakeasy-group'?: string;
  'x-speakeasy-name-override'?: string;
};

export type Spec = {
  info: { version: string };
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Schema>; responses: Record<string, Response>; parameters: Record<string, Parameter> };
};

export const METHODS = ['get', 'post', 'put', 'patch', 'delete'] as const;
export type Method = (typeof METHODS)[number];

/** Reads a YAML document, relative to the repository's root. */
export function readYaml<T>(file: string): T {
  return parse(readFileSync(join(root, file), 'utf8')) as T;
}

/** Every operation of a document, in path order: `[path, method, operation]`. */
export function operationsOf(spec: Spec): Array<[string, Method, Operation]> {
  const out: Array<[string, Method, Operation]> = [];
  for (const [path, item] of Object.entries(spec.paths)) {
    for (const method of METHODS) if (item[method]) out.push([path, method, item[method]!]);
  }
  return out;
}

/** What one generator run reads. */
export interface Sources {
  /** The current spec, with the supplement's models among its components and spec/facts.yml merged in. */
  readonly spec: Spec;
  readonly specFile: string;
  readonly legacy: Spec;
  readonly legacyFile: string;
  readonly supplement: Spec;
  readonly supplementFile: string;
}

export function loadSources(): Sources {
  const spec = readYaml<Spec>(SPEC);
  const legacy = readYaml<Spec>(LEGACY_SPEC);
  const supplement = readYaml<Spec>(SUPPLEMENT);
  // The supplement's models join the current components so that its operations resolve like any other.
  Object.assign(spec.components.schemas, supplement.components.schemas);
  applyFacts(spec, readYaml<Facts>(FACTS), FACTS);
  return { spec, specFile: SPEC, legacy, legacyFile: LEGACY_SPEC, supplement, supplementFile: SUPPLEMENT };
}

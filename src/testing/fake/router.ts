/**
 * Finds the operation of a request: method and path (under `/v1`) against every path template of
 * the wire model. When two templates match (`/users/count` and `/users/{user_id}`), the one with
 * more literal segments wins, as it does at Clerk.
 */
import { wireModel, type WireOperation } from './wire.js';

export interface Route {
  readonly operationId: string;
  readonly operation: WireOperation;
  /** Path parameters by name, decoded. */
  readonly params: Record<string, string>;
}

interface CompiledRoute {
  readonly operationId: string;
  readonly operation: WireOperation;
  /** Each segment: a literal, or the name of a parameter (`{user_id}` → `user_id`). */
  readonly segments: ReadonlyArray<{ literal: string } | { param: string }>;
  readonly literals: number;
}

let table: Map<string, CompiledRoute[]> | undefined;

function compile(): Map<string, CompiledRoute[]> {
  const byShape = new Map<string, CompiledRoute[]>();
  for (const [operationId, operation] of Object.entries(wireModel.operations)) {
    const parts = operation.path.split('/').filter(Boolean);
    const segments = parts.map((part) => (part.startsWith('{') && part.endsWith('}') ? { param: part.slice(1, -1) } : { literal: part }));
    const compiled: CompiledRoute = { operationId, operation, segments, literals: segments.filter((segment) => 'literal' in segment).length };
    const key = `${operation.method} ${segments.length}`;
    const list = byShape.get(key) ?? [];
    list.push(compiled);
    byShape.set(key, list);
  }
  // Legacy operations (dropped from later versions) lose a tie against current ones.
  for (const list of byShape.values()) list.sort((a, b) => b.literals - a.literals || Number(a.operation.legacy ?? false) - Number(b.operation.legacy ?? false));
  return byShape;
}

/** The operation for `method` and a path below `/v1` (`/users/user_1`), or undefined. */
export function findRoute(method: string, path: string): Route | undefined {
  table ??= compile();
  const parts = path.split('/').filter(Boolean);
  const candidates = table.get(`${method} ${parts.length}`);
  if (!candidates) return undefined;
  for (const candidate of candidates) {
    const params: Record<string, string> = {};
    let matched = true;
    for (let index = 0; index < parts.length; index++) {
      const segment = candidate.segments[index]!;
      const part = parts[index]!;
      if ('literal' in segment) {
        if (segment.literal !== part) {
          matched = false;
          break;
        }
      } else {
        const decoded = safeDecode(part);
        if (decoded === undefined || decoded === '') {
          matched = false;
          break;
        }
        params[segment.param] = decoded;
      }
    }
    if (matched) return { operationId: candidate.operationId, operation: candidate.operation, params };
  }
  return undefined;
}

function safeDecode(part: string): string | undefined {
  try {
    return decodeURIComponent(part);
  } catch {
    return undefined;
  }
}

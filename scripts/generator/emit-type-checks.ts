/**
 * Emitter: src/generated/type-checks.ts, the compile-time proof that each written-out type
 * (emit-types.ts) is what its zod schema parses to, both ways assignable: `npm run typecheck`
 * fails otherwise. Not imported by the package.
 */
import type { Model } from './model.js';

export function typeChecksFile(model: Model, header: string): string {
  const lines: string[] = [
    header,
    `import type * as z from 'zod/mini';`,
    `import type * as S from './schemas.js';`,
    `import type * as T from './types.js';`,
    '',
    '/** `true` when A and B are assignable to each other. */',
    'type Same<A, B> = [A] extends [B] ? ([B] extends [A] ? true : false) : false;',
    '',
    '/** Each written-out type against its zod schema; a `false` here fails the type check. */',
    'export interface TypeChecks {',
  ];
  // Parsed output: no schema transforms, so it is also what a request accepts (z.input would see
  // an upload as unknown, which the written-out type narrows to Upload).
  for (const [name] of model.schemas) lines.push(`  ${name}: Same<T.${name}, z.output<ReturnType<typeof S.${name}Schema>>>;`);
  lines.push('}', '', '/** Every entry of {@link TypeChecks} must be `true`. */');
  lines.push('export const typeChecks: { [K in keyof TypeChecks]: true } = {} as TypeChecks;', '');
  return lines.join('\n');
}

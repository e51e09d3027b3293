/**
 * Many schemas share a shape (the verification objects, the connection summaries, answers repeated
 * per operation): their decoders would be the same code under other names. Each set of identical
 * decoders (and of identical known-key sets) is written once, found by repeatedly comparing bodies
 * with their own name blanked and their references already merged.
 */
const REFERENCE = /\b(decode|known)\w+/g;

export function deduplicate(
  knownKeySets: ReadonlyMap<string, string[]>,
  decoderFunctions: ReadonlyMap<string, string>,
): {
  knownKeys: Array<[string, string[]]>;
  functions: Array<[string, string]>;
  /** Name -> the name of the one kept in its place. */
  aliases: Map<string, string>;
} {
  const aliases = new Map<string, string>();
  const canonical = (name: string) => aliases.get(name) ?? name;
  const keySets = new Map<string, string>();
  const knownKeys: Array<[string, string[]]> = [];
  for (const [name, keys] of [...knownKeySets].sort(([a], [b]) => a.localeCompare(b))) {
    const signature = JSON.stringify(keys);
    const existing = keySets.get(signature);
    if (existing) aliases.set(name, existing);
    else {
      keySets.set(signature, name);
      knownKeys.push([name, keys]);
    }
  }
  const relink = ([name, code]: [string, string]): [string, string] => [name, code.replace(REFERENCE, (ref) => (ref === name ? ref : canonical(ref)))];
  let functions = [...decoderFunctions].sort(([a], [b]) => a.localeCompare(b));
  for (let changed = true; changed; ) {
    changed = false;
    const bodies = new Map<string, string>();
    const kept: Array<[string, string]> = [];
    for (const [name, code] of functions.map(relink)) {
      const body = code.replace(new RegExp(`\\b${name}\\b`, 'g'), '$self');
      const existing = bodies.get(body);
      if (existing) {
        aliases.set(name, existing);
        changed = true;
      } else {
        bodies.set(body, name);
        kept.push([name, code]);
      }
    }
    functions = kept;
  }
  for (const [name, target] of aliases) {
    let end = target;
    while (aliases.has(end)) end = aliases.get(end)!;
    aliases.set(name, end);
  }
  return { knownKeys, functions: functions.map(relink), aliases };
}

import { fakeUser } from './fixture-tmp.js';
import { UserSchema, UserKeys } from '../src/generated/schemas.js';
import { fromWire } from '../src/core/casing.js';
const text = JSON.stringify(Array.from({ length: 500 }, (_, i) => fakeUser(i)));
console.log('page bytes', text.length, 'per user', text.length / 500);
const schema = UserSchema();
const arr = (await import('zod')).z.array(schema);
function time(label: string, fn: () => void, n = 200) {
  for (let i = 0; i < 20; i++) fn();
  const t = performance.now(); for (let i = 0; i < n; i++) fn(); const ms = (performance.now() - t) / n;
  console.log(label.padEnd(30), ms.toFixed(3), 'ms'); return ms;
}
const parsed = JSON.parse(text);
const camel = fromWire(parsed, UserKeys);
const r = arr.safeParse(camel); if (!r.success) console.log(JSON.stringify(r.error.issues.slice(0,3)));
const p = time('JSON.parse', () => JSON.parse(text));
const c = time('fromWire', () => fromWire(parsed, UserKeys));
const v = time('zod safeParse', () => arr.safeParse(camel));
console.log('ratio casing/parse', (c/p).toFixed(2), 'validate/parse', (v/p).toFixed(2));

import { z } from 'zod';
import { fakeUser } from './fixture-tmp.js';
import { fromWire } from '../src/core/casing.js';
import { UserKeys } from '../src/generated/schemas.js';
const users = fromWire(Array.from({ length: 500 }, (_, i) => fakeUser(i)), UserKeys) as any[];
function time(label: string, fn: () => void, n = 200) {
  for (let i = 0; i < 30; i++) fn();
  const t = performance.now(); for (let i = 0; i < n; i++) fn(); const ms = (performance.now() - t) / n;
  console.log(label.padEnd(30), ms.toFixed(3), 'ms'); return ms;
}
const flat = (o: any) => Object.fromEntries(Object.entries(o).filter(([k,v]) => typeof v !== 'object' || v === null));
const flatUsers = users.map(flat);
const shape = (u: any, mk: (s: any) => any) => mk(Object.fromEntries(Object.entries(u).map(([k, v]) => [k, v === null ? z.string().nullable() : typeof v === 'string' ? z.string() : typeof v === 'number' ? z.number() : z.boolean()])));
const so = z.array(shape(flatUsers[0], z.object));
const lo = z.array(shape(flatUsers[0], z.looseObject));
time('flat z.object', () => so.safeParse(flatUsers));
time('flat z.looseObject', () => lo.safeParse(flatUsers));
const t = performance.now(); for (let i=0;i<200;i++) JSON.parse(JSON.stringify(flatUsers)); console.log('stringify+parse flat', ((performance.now()-t)/200).toFixed(3));

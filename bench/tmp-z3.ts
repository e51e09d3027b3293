import { z } from 'zod';
function time(label: string, fn: () => unknown, n = 200) {
  for (let i = 0; i < 50; i++) fn();
  const t = performance.now(); for (let i = 0; i < n; i++) fn(); const ms = (performance.now() - t) / n;
  console.log(label.padEnd(40), ms.toFixed(3), 'ms'); return ms;
}
const data = Array.from({ length: 500 }, (_, i) => ({ id: 'u' + i, object: 'user', a: 'x', b: 1, c: true, d: null, e: 'y', f: 2, g: false, h: null }));
const f = { id: z.string(), a: z.string(), b: z.number(), c: z.boolean(), d: z.string().nullable(), e: z.string(), f: z.number(), g: z.boolean(), h: z.number().nullable() };
time('object', () => z.array(z.object({ ...f, object: z.string() })).safeParse(data));
time('looseObject', () => z.array(z.looseObject({ ...f, object: z.string() })).safeParse(data));
time('literal object', () => z.array(z.looseObject({ ...f, object: z.literal('user') })).safeParse(data));
time('+5 absent optionals', () => z.array(z.looseObject({ ...f, object: z.string(), p: z.string().optional(), q: z.number().optional(), r: z.boolean().optional(), s: z.string().nullable().optional(), t: z.string().optional() })).safeParse(data));
const cast = z.string() as z.ZodType<string>;
time('openEnum cast', () => z.array(z.looseObject({ ...f, object: cast })).safeParse(data));
const A = z.array(z.looseObject({ ...f, object: z.string() }));
time('same schema reused', () => A.safeParse(data));
const O = z.looseObject({ ...f, object: z.string() });
time('object reused per item', () => { for (const d of data) O.safeParse(d); });

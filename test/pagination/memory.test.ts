import v8 from 'node:v8';
import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { api, newClerk } from '../helpers.js';
import { orgJson, userJson } from '../fixtures/objects.js';

// A walk holds one page of records at a time: what it has passed can be collected. The collector
// is run by hand (--expose-gc, switched on for this file) and WeakRefs tell what survived.
v8.setFlagsFromString('--expose-gc');
const collect = vm.runInNewContext('gc') as () => void;

async function collectGarbage(): Promise<void> {
  // A WeakRef's target is kept until the current job ends: let it end first.
  await new Promise((resolve) => setImmediate(resolve));
  collect();
}

const users = (from: number, count: number) => Array.from({ length: count }, (_, i) => userJson(`user_${String(from + i).padStart(4, '0')}`));

describe('a walk lets go of the pages it has passed', () => {
  it('cursor walk: the records of a page are collectable while the next page loads', async () => {
    const pageSize = 20;
    const secondPage: WeakRef<object>[] = [];
    let survivorsDuringFetch = -1;
    api().get('/users').query({ limit: String(pageSize) }).reply(200, users(0, pageSize));
    api()
      .get('/users')
      .query({ limit: String(pageSize), starting_after: `user_${String(pageSize - 1).padStart(4, '0')}` })
      .reply(200, users(pageSize, pageSize));
    api()
      .get('/users')
      .query({ limit: String(pageSize), starting_after: `user_${String(2 * pageSize - 1).padStart(4, '0')}` })
      .reply(async () => {
        // The loop has passed every record of page 2 and asked for page 3: page 2 is garbage.
        await collectGarbage();
        survivorsDuringFetch = secondPage.filter((ref) => ref.deref() !== undefined).length;
        return [200, users(2 * pageSize, 3)];
      });
    let seen = 0;
    for await (const user of newClerk().users.list({ limit: pageSize })) {
      if (seen >= pageSize && seen < 2 * pageSize) secondPage.push(new WeakRef(user));
      seen++;
    }
    expect(seen).toBe(2 * pageSize + 3);
    expect(secondPage).toHaveLength(pageSize);
    // The loop's own variable may hold the last record of page 2 until the next one arrives.
    expect(survivorsDuringFetch).toBeLessThanOrEqual(1);
  });

  it('cursor walk: the records of page 1 are collectable while page 3 is iterated', async () => {
    const pageSize = 20;
    api().get('/users').query({ limit: String(pageSize) }).reply(200, users(0, pageSize));
    for (let page = 1; page < 4; page++) {
      api()
        .get('/users')
        .query({ limit: String(pageSize), starting_after: `user_${String(page * pageSize - 1).padStart(4, '0')}` })
        .reply(200, users(page * pageSize, page === 3 ? 5 : pageSize));
    }
    const firstPage: WeakRef<object>[] = [];
    let seen = 0;
    let survivors = -1;
    for await (const user of newClerk().users.list({ limit: pageSize })) {
      if (seen < pageSize) firstPage.push(new WeakRef(user));
      if (seen === 2 * pageSize + 1) {
        await collectGarbage();
        survivors = firstPage.filter((ref) => ref.deref() !== undefined).length;
      }
      seen++;
    }
    expect(seen).toBe(3 * pageSize + 5);
    expect(firstPage).toHaveLength(pageSize);
    expect(survivors).toBe(0);
  });

  it('a page kept by the caller keeps its own records, not the pages after it', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: [orgJson('org_0'), orgJson('org_1')], total_count: 4 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: [orgJson('org_2'), orgJson('org_3')], total_count: 4 });
    const first = await newClerk().organizations.list({ limit: 2 });
    // In a function of its own, so that no register of this test keeps the second page.
    const second = await (async () => new WeakRef((await first.nextPage())!))();
    await collectGarbage();
    expect(first.data.map((org) => org.id)).toEqual(['org_0', 'org_1']);
    expect(second.deref()).toBeUndefined();
  });
});

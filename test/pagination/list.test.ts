import nock from 'nock';
import { describe, expect, it } from 'vitest';
import { ClerkError, ClerkValidationError, Organization, Page, User } from '../../src/index.js';
import { api, newClerk, rejectionOf } from '../helpers.js';
import { orgJson, userJson } from '../fixtures/objects.js';

const clerk = () => newClerk({ strictResponses: true, maxRetries: 0 });
const orgs = (from: number, count: number) => Array.from({ length: count }, (_, i) => orgJson(`org_${from + i}`));
const users = (from: number, count: number) => Array.from({ length: count }, (_, i) => userJson(`user_${String(from + i).padStart(4, '0')}`));

/** Records every request's query on the scope. */
function recordQueries(scope: nock.Scope): Array<Record<string, string>> {
  const seen: Array<Record<string, string>> = [];
  scope.on('request', (req: { path: string }) => {
    seen.push(Object.fromEntries(new URL(req.path, 'http://x').searchParams));
  });
  return seen;
}

describe('offset lists with { data, total_count }', () => {
  it('0 items: one request, an empty page, no next page', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query(true).reply(200, { data: [], total_count: 0 });
    const items: Organization[] = [];
    for await (const org of clerk().organizations.list()) items.push(org);
    expect(items).toEqual([]);
    expect(seen).toEqual([{ limit: '500' }]);
  });

  it('awaiting gives one page with the total; nextPage follows the offset', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 5 });
    const page = await clerk().organizations.list({ limit: 2 });
    expect(page).toBeInstanceOf(Page);
    expect(page.data.map((org) => org.id)).toEqual(['org_0', 'org_1']);
    expect(page.data[0]).toBeInstanceOf(Organization);
    expect(page.totalCount).toBe(5);
    expect(page.hasNextPage()).toBe(true);
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: orgs(2, 2), total_count: 5 });
    const next = await page.nextPage();
    expect(next?.data.map((org) => org.id)).toEqual(['org_2', 'org_3']);
  });

  it('awaiting without a limit asks for the API default page size', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query(true).reply(200, { data: orgs(0, 10), total_count: 30 });
    const page = await clerk().organizations.list();
    expect(seen).toEqual([{ limit: '10' }]);
    expect(page.hasNextPage()).toBe(true);
  });

  it('exactly one full page: stops on the total without another request', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query(true).reply(200, { data: orgs(0, 3), total_count: 3 });
    const ids: string[] = [];
    for await (const org of clerk().organizations.list({ limit: 3 })) ids.push(org.id);
    expect(ids).toEqual(['org_0', 'org_1', 'org_2']);
    expect(seen).toHaveLength(1);
  });

  it('an exact multiple of the page size: stops when the offset reaches the total', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    for (let offset = 0; offset < 6; offset += 2) {
      scope.get('/organizations').query(offset === 0 ? { limit: '2' } : { limit: '2', offset: String(offset) }).reply(200, { data: orgs(offset, 2), total_count: 6 });
    }
    const ids: string[] = [];
    for await (const org of clerk().organizations.list({ limit: 2 })) ids.push(org.id);
    expect(ids).toHaveLength(6);
    expect(seen.map((query) => query.offset ?? '0')).toEqual(['0', '2', '4']);
  });

  it('a lying total_count (too small): a short page still ends it, items are not dropped', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 100 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: orgs(2, 1), total_count: 100 });
    const ids: string[] = [];
    for await (const org of clerk().organizations.list({ limit: 2 })) ids.push(org.id);
    expect(ids).toEqual(['org_0', 'org_1', 'org_2']);
  });

  it('a lying total_count (too big) with an empty page: ends, and says so once', async () => {
    const warnings: string[] = [];
    const client = newClerk({ strictResponses: true, logger: { warn: (line) => warnings.push(line) } });
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 1000 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: [], total_count: 1000 });
    const ids: string[] = [];
    for await (const org of client.organizations.list({ limit: 2 })) ids.push(org.id);
    expect(ids).toHaveLength(2);
    expect(warnings).toHaveLength(1);
    expect(warnings[0]).toMatch(/empty page/);
  });

  it('a repeated page throws a clear ClerkError instead of looping', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query(true).times(10).reply(200, { data: orgs(0, 2), total_count: 50 });
    const error = await rejectionOf(clerk().organizations.list({ limit: 2 }).toArray({ max: 1000 }));
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.message).toMatch(/same page twice/);
    expect(seen).toHaveLength(2);
  });

  it('break stops: no further page is requested', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query(true).reply(200, { data: orgs(0, 2), total_count: 10 });
    for await (const org of clerk().organizations.list({ limit: 2 })) {
      expect(org.id).toBe('org_0');
      break;
    }
    expect(seen).toHaveLength(1);
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('concurrent nextPage() calls on one page share one request', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 4 });
    const page = await clerk().organizations.list({ limit: 2 });
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: orgs(2, 2), total_count: 4 });
    const [a, b, c] = await Promise.all([page.nextPage(), page.nextPage(), page.nextPage()]);
    expect(a).toBe(b);
    expect(b).toBe(c);
    expect(seen).toHaveLength(1);
  });

  it('a page keeps no link to the next once it answered: a later nextPage() asks again', async () => {
    // A link from a page to the page after it (even a WeakRef) chains a walk's pages together for
    // V8's young-generation collector: see Page.nextPage.
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 4 });
    const page = await clerk().organizations.list({ limit: 2 });
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/organizations').query({ limit: '2', offset: '2' }).times(2).reply(200, { data: orgs(2, 2), total_count: 4 });
    const first = await page.nextPage();
    const second = await page.nextPage();
    expect(first!.data.map((org) => org.id)).toEqual(['org_2', 'org_3']);
    expect(second!.data.map((org) => org.id)).toEqual(['org_2', 'org_3']);
    expect(second).not.toBe(first);
    expect(seen).toHaveLength(2);
  });

  it('pages() yields Page objects in order', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 3 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: orgs(2, 1), total_count: 3 });
    const sizes: number[] = [];
    for await (const page of clerk().organizations.list({ limit: 2 }).pages()) sizes.push(page.data.length);
    expect(sizes).toEqual([2, 1]);
  });

  it('read-ahead fetches up to `concurrency` pages at once and yields them in order', async () => {
    let inFlight = 0;
    let peak = 0;
    const total = 40;
    api()
      .get('/organizations')
      .query(true)
      .times(20)
      .reply(async function () {
        const offset = Number(new URL(this.req.path, 'http://x').searchParams.get('offset') ?? 0);
        inFlight += 1;
        peak = Math.max(peak, inFlight);
        await new Promise((resolve) => setTimeout(resolve, 30));
        inFlight -= 1;
        return [200, { data: orgs(offset, Math.min(4, total - offset)), total_count: total }];
      });
    const ids: string[] = [];
    for await (const org of clerk().organizations.list({ limit: 4 }, { concurrency: 4 })) ids.push(org.id);
    expect(ids).toEqual(Array.from({ length: total }, (_, i) => `org_${i}`));
    expect(peak).toBeLessThanOrEqual(4);
    expect(peak).toBeGreaterThan(1);
  });

  it('refuses a bad concurrency', () => {
    expect(() => clerk().organizations.list({}, { concurrency: 0 })).toThrow(ClerkValidationError);
  });
});

describe('GET /users: the starting_after cursor', () => {
  it('iterates with the last id of each page as the cursor', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/users').query({ limit: '2' }).reply(200, users(0, 2));
    scope.get('/users').query({ limit: '2', starting_after: 'user_0001' }).reply(200, users(2, 2));
    scope.get('/users').query({ limit: '2', starting_after: 'user_0003' }).reply(200, users(4, 1));
    const ids: string[] = [];
    for await (const user of clerk().users.list({ limit: 2 })) ids.push(user.id);
    expect(ids).toEqual(['user_0000', 'user_0001', 'user_0002', 'user_0003', 'user_0004']);
    expect(seen.every((query) => query.offset === undefined)).toBe(true);
  });

  it('keeps the cursor with a created_at ordering, falls back to offsets otherwise', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/users').query(true).reply(200, users(0, 2));
    scope.get('/users').query(true).reply(200, []);
    await clerk().users.list({ limit: 2, orderBy: '+created_at' }).toArray({ max: 10 });
    expect(seen[1]).toMatchObject({ starting_after: 'user_0001', order_by: '+created_at' });
    seen.length = 0;
    scope.get('/users').query(true).reply(200, users(0, 2));
    scope.get('/users').query(true).reply(200, []);
    await clerk().users.list({ limit: 2, orderBy: 'first_name' }).toArray({ max: 10 });
    expect(seen[1]).toMatchObject({ offset: '2', order_by: 'first_name' });
    expect(seen[1]!.starting_after).toBeUndefined();
  });

  it('users created or deleted meanwhile are neither skipped nor repeated', async () => {
    // Page 1 is user_0000..0001; then user_0001 is deleted and user_0009 created at the front.
    // An offset of 2 would now skip user_0002; the cursor does not.
    api().get('/users').query({ limit: '2' }).reply(200, users(0, 2));
    api().get('/users').query({ limit: '2', starting_after: 'user_0001' }).reply(200, users(2, 2));
    api().get('/users').query({ limit: '2', starting_after: 'user_0003' }).reply(200, []);
    const ids = (await clerk().users.list({ limit: 2 }).toArray({ max: 100 })).map((user) => user.id);
    expect(ids).toEqual(['user_0000', 'user_0001', 'user_0002', 'user_0003']);
  });

  it('a cursor that does not advance throws', async () => {
    api().get('/users').query({ limit: '2' }).reply(200, users(0, 2));
    api().get('/users').query({ limit: '2', starting_after: 'user_0001' }).reply(200, [userJson('user_0000'), userJson('user_0001')]);
    const error = await rejectionOf(clerk().users.list({ limit: 2 }).toArray({ max: 100 }));
    expect(error).toBeInstanceOf(ClerkError);
    expect(error.message).toMatch(/same page twice|did not advance/);
  });

  it('without a limit, iteration asks for the largest page (500)', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/users').query(true).reply(200, users(0, 3));
    const all = await clerk().users.list().toArray({ max: 10 });
    expect(all).toHaveLength(3);
    expect(all[0]).toBeInstanceOf(User);
    expect(seen).toEqual([{ limit: '500' }]);
  });
});

describe('toArray', () => {
  it('requires a cap', async () => {
    await expect(clerk().users.list().toArray(undefined as never)).rejects.toThrow(ClerkValidationError);
    await expect(clerk().users.list().toArray({} as never)).rejects.toThrow(/max/);
    await expect(clerk().users.list().toArray({ max: -1 })).rejects.toThrow(ClerkValidationError);
  });

  it('stops at the cap without fetching more', async () => {
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/users').query(true).reply(200, users(0, 5));
    const some = await clerk().users.list({ limit: 5 }).toArray({ max: 3 });
    expect(some.map((user) => user.id)).toEqual(['user_0000', 'user_0001', 'user_0002']);
    expect(seen).toHaveLength(1);
  });
});

describe('bare-array lists that accept paginated=true', () => {
  it('send paginated=true and accept both wire shapes', async () => {
    const token = { object: 'oauth_access_token', external_account_id: 'eac_1', provider_user_id: 'p', token: 't', expires_at: null, provider: 'oauth_google', public_metadata: {}, label: null, scopes: [] };
    const scope = api();
    const seen = recordQueries(scope);
    scope.get('/users/user_1/oauth_access_tokens/oauth_google').query(true).reply(200, [token]);
    const first = await clerk().users('user_1').getOAuthAccessToken('oauth_google');
    expect(first.data).toHaveLength(1);
    expect(seen[0]).toMatchObject({ paginated: 'true' });
    scope.get('/users/user_1/oauth_access_tokens/oauth_google').query(true).reply(200, { data: [token, token], total_count: 2 });
    const second = await clerk().users('user_1').getOAuthAccessToken('oauth_google');
    expect(second.totalCount).toBe(2);
    expect(second.data).toHaveLength(2);
  });
});

describe('the item iterator', () => {
  it('next() called again before a page arrives still yields every item once, in order', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 3 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(200, { data: orgs(2, 1), total_count: 3 });
    const iterator = clerk().organizations.list({ limit: 2 })[Symbol.asyncIterator]();
    const steps = await Promise.all([iterator.next(), iterator.next(), iterator.next(), iterator.next(), iterator.next()]);
    expect(steps.map((step) => (step.done ? 'done' : step.value.id))).toEqual(['org_0', 'org_1', 'org_2', 'done', 'done']);
  });

  it('return() ends the walk: later next() calls are done and request nothing', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 6 });
    const iterator = clerk().organizations.list({ limit: 2 })[Symbol.asyncIterator]();
    expect((await iterator.next()).value.id).toBe('org_0');
    expect(await iterator.return!()).toEqual({ value: undefined, done: true });
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
    expect(nock.pendingMocks()).toEqual([]);
  });

  it('an error while fetching a page reaches the loop, and the walk is over', async () => {
    api().get('/organizations').query({ limit: '2' }).reply(200, { data: orgs(0, 2), total_count: 6 });
    api().get('/organizations').query({ limit: '2', offset: '2' }).reply(400, { errors: [{ code: 'bad', message: 'bad', long_message: 'Bad page' }] });
    const iterator = clerk().organizations.list({ limit: 2 })[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(await rejectionOf(iterator.next())).toBeInstanceOf(ClerkError);
    expect(await iterator.next()).toEqual({ value: undefined, done: true });
  });
});

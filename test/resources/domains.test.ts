import { describe, expect, it } from 'vitest';
import { Domain } from '../../src/index.js';
import { api, newClerk } from '../helpers.js';

const strict = () => newClerk({ strictResponses: true, maxRetries: 0 });

function domainJson(id: string, overrides: Record<string, unknown> = {}) {
  return {
    object: 'domain',
    id,
    name: 'shop.example.com',
    is_satellite: true,
    frontend_api_url: 'https://clerk.shop.example.com',
    accounts_portal_url: null,
    proxy_url: null,
    development_origin: '',
    cname_targets: [{ host: 'clerk.shop.example.com', value: 'frontend-api.clerk.services', required: true }],
    ...overrides,
  };
}

describe('clerk.domains', () => {
  it('list reads the envelope into Domain records', async () => {
    api().get('/domains').reply(200, { data: [domainJson('dmn_1'), domainJson('dmn_2', { name: 'blog.example.com' })], total_count: 2 });
    const page = await strict().domains.list();
    expect(page.data.map((domain) => domain.name)).toEqual(['shop.example.com', 'blog.example.com']);
    expect(page.data[0]).toBeInstanceOf(Domain);
    expect(page.data[0]!.cnameTargets?.[0]?.value).toBe('frontend-api.clerk.services');
    expect(page.totalCount).toBe(2);
    expect(page.hasNextPage()).toBe(false);
  });

  it('a Domain record updates itself in place and deletes by its own id', async () => {
    const clerk = strict();
    api().post('/domains', { name: 'shop.example.com', is_satellite: true }).reply(200, domainJson('dmn_1'));
    const domain = await clerk.domains.add({ name: 'shop.example.com', isSatellite: true });
    expect(domain).toBeInstanceOf(Domain);
    api()
      .patch('/domains/dmn_1', { proxy_url: 'https://shop.example.com/__clerk' })
      .reply(200, domainJson('dmn_1', { proxy_url: 'https://shop.example.com/__clerk' }));
    const returned = await domain.update({ proxyUrl: 'https://shop.example.com/__clerk' });
    expect(returned).toBe(domain);
    expect(domain.proxyUrl).toBe('https://shop.example.com/__clerk');
    api().delete('/domains/dmn_1').reply(200, { object: 'domain', id: 'dmn_1', deleted: true });
    expect(await domain.delete()).toEqual({ object: 'domain', id: 'dmn_1', deleted: true });
  });
});

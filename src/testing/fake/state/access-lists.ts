/** The allowlist, the blocklist and the redirect URLs: unique entries, listed in creation order. */
import type { Core, Handlers } from '../core.js';
import { errors } from '../errors.js';
import { envelope, pageOf, pagingOf } from './lists.js';
import type { ListedIdentifierRecord, RedirectUrlRecord } from './records.js';

type ListName = 'allowlist' | 'blocklist';

/** What an identifier is: an address (or `*@domain`), a phone number, or a web3 wallet. */
function identifierType(identifier: string): ListedIdentifierRecord['identifier_type'] {
  if (/^0x[0-9a-fA-F]{40}$/.test(identifier)) return 'web3_wallet';
  if (/^\+?[0-9][0-9 ()-]{5,}$/.test(identifier)) return 'phone_number';
  if (identifier.includes('@')) return 'email_address';
  throw errors.paramFormat('identifier', 'must be an email address (or *@domain), a phone number or a web3 wallet');
}

export function addListed(core: Core, list: ListName, identifier: string, id?: string): ListedIdentifierRecord {
  const store = core.store[list];
  const type = identifierType(identifier);
  const value = type === 'email_address' ? identifier.toLowerCase() : identifier;
  if ([...store.values()].some((entry) => entry.identifier === value)) throw errors.duplicate(`${list} identifier`, value);
  const at = core.clock.stamp();
  const record: ListedIdentifierRecord = { id: id ?? core.random.id(list === 'allowlist' ? 'alid' : 'blid'), identifier: value, identifier_type: type, created_at: at, updated_at: at };
  store.set(record.id, record);
  return record;
}

function serializeListed(core: Core, list: ListName, record: ListedIdentifierRecord): Record<string, unknown> {
  return { object: `${list}_identifier`, ...record, instance_id: core.instance.id };
}

function removeListed(core: Core, list: ListName, id: string): Record<string, unknown> {
  const record = core.store[list].get(id);
  if (!record) throw errors.notFound('identifier', id);
  core.store[list].delete(id);
  return { object: `${list}_identifier`, id, deleted: true };
}

export function addRedirectUrl(core: Core, url: string, id?: string): RedirectUrlRecord {
  try {
    new URL(url);
  } catch {
    throw errors.paramFormat('url', 'must be a URL (https://app.example.com/callback, or a native scheme)');
  }
  if ([...core.store.redirectUrls.values()].some((entry) => entry.url === url)) throw errors.duplicate('redirect URL', url);
  const at = core.clock.stamp();
  const record: RedirectUrlRecord = { id: id ?? core.random.id('ru'), url, created_at: at, updated_at: at };
  core.store.redirectUrls.set(record.id, record);
  return record;
}

const serializeRedirect = (record: RedirectUrlRecord) => ({ object: 'redirect_url', ...record });

export const accessListHandlers: Handlers = {
  ListAllowlistIdentifiers: (call, core) => pageOf([...core.store.allowlist.values()], pagingOf(call.query, Number.MAX_SAFE_INTEGER)).map((record) => serializeListed(core, 'allowlist', record)),
  CreateAllowlistIdentifier: (call, core) => serializeListed(core, 'allowlist', addListed(core, 'allowlist', call.body.identifier as string)),
  DeleteAllowlistIdentifier: (call, core) => removeListed(core, 'allowlist', call.params.identifier_id!),
  ListBlocklistIdentifiers: (_call, core) => {
    const records = [...core.store.blocklist.values()];
    return envelope(records.map((record) => serializeListed(core, 'blocklist', record)), records.length);
  },
  CreateBlocklistIdentifier: (call, core) => serializeListed(core, 'blocklist', addListed(core, 'blocklist', call.body.identifier as string)),
  DeleteBlocklistIdentifier: (call, core) => removeListed(core, 'blocklist', call.params.identifier_id!),
  ListRedirectURLs: (call, core) => pageOf([...core.store.redirectUrls.values()], pagingOf(call.query, Number.MAX_SAFE_INTEGER)).map(serializeRedirect),
  CreateRedirectURL: (call, core) => serializeRedirect(addRedirectUrl(core, call.body.url as string)),
  GetRedirectURL: (call, core) => {
    const record = core.store.redirectUrls.get(call.params.id!);
    if (!record) throw errors.notFound('redirect URL', call.params.id!);
    return serializeRedirect(record);
  },
  DeleteRedirectURL: (call, core) => {
    const record = core.store.redirectUrls.get(call.params.id!);
    if (!record) throw errors.notFound('redirect URL', call.params.id!);
    core.store.redirectUrls.delete(record.id);
    return { object: 'redirect_url', id: record.id, deleted: true };
  },
};

import { ClerkError, ClerkValidationError } from '../core/errors.js';
import type { RequestOptions } from '../core/options.js';
import type { ListInfo } from '../generated/operations.js';
import { Page } from './page.js';

/** One page as the engine sees it: items already decoded, and the total when the API gave one. */
export interface PageResult<T> {
  items: T[];
  totalCount: number | undefined;
}

/** Where a page starts, in wire terms. */
export interface PagePosition {
  limit?: number;
  offset?: number;
  startingAfter?: string;
}

/** What a resource gives the engine: how the list pages, the caller's paging params, and a fetch. */
export interface ListSource<T> {
  readonly info: ListInfo;
  /** The paging-related params the caller passed (camelCase). */
  readonly params: { limit?: number; offset?: number; orderBy?: string; startingAfter?: string };
  readonly fetch: (position: PagePosition, options: RequestOptions | undefined) => Promise<PageResult<T>>;
  /** A log line for a list that ended early (an empty page under a larger total). */
  readonly warn: (message: string) => void;
}

/** Per-call options of `list()`. */
export interface ListOptions extends RequestOptions {
  /**
   * Pages fetched at once while iterating an offset list whose total is known: up to this many
   * requests are in flight, results still come in order. Every request goes through the same
   * retry and 429 handling.
   * @default 1
   */
  concurrency?: number;
}

/** Options of {@link ListRequest.toArray}. */
export interface ToArrayOptions {
  /** The most items to collect. Required: a list can be very long. */
  max: number;
}

type Strategy = 'offset' | 'cursor' | 'single';

/** The pages of a walk so far: each one's fingerprint, and where it was fetched ({@link describe}). */
type Visited = Map<string, string>;

/** Orderings under which `starting_after` is accepted (it needs a unique, immutable sort key). */
const CURSOR_ORDERINGS = /^[+-]?created_at$/;

/**
 * A list call. `await` it for the first page; `for await` it for every item across pages;
 * `.pages()` for page after page; `.toArray({ max })` to collect with a cap.
 *
 * @example
 * ```ts
 * const page = await clerk.users.list({ limit: 50 });
 * for await (const user of clerk.users.list()) console.log(user.id);
 * const some = await clerk.users.list().toArray({ max: 1000 });
 * ```
 */
export class ListRequest<T> implements PromiseLike<Page<T>>, AsyncIterable<T> {
  readonly #source: ListSource<T>;
  readonly #options: ListOptions | undefined;
  readonly #strategy: Strategy;
  #first: Promise<Page<T>> | undefined;

  /** @internal Made by resources' `list()` methods. */
  constructor(source: ListSource<T>, options?: ListOptions) {
    this.#source = source;
    this.#options = options;
    this.#strategy = chooseStrategy(source);
    const concurrency = options?.concurrency;
    if (concurrency !== undefined && (!Number.isInteger(concurrency) || concurrency < 1 || concurrency > 16)) {
      throw new ClerkValidationError('concurrency: must be a whole number from 1 to 16', [
        { path: 'concurrency', message: 'must be a whole number from 1 to 16' },
      ]);
    }
  }

  // biome-ignore lint/suspicious/noThenProperty: a list request is awaitable by design
  then<A = Page<T>, B = never>(
    onFulfilled?: ((page: Page<T>) => A | PromiseLike<A>) | null,
    onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null,
  ): Promise<A | B> {
    const { params, info } = this.#source;
    this.#first ??= this.#fetchPage(this.#startPosition(params.limit ?? info.defaultLimit), new Map(), true);
    return this.#first.then(onFulfilled, onRejected);
  }

  catch<B = never>(onRejected?: ((reason: unknown) => B | PromiseLike<B>) | null): Promise<Page<T> | B> {
    return this.then(undefined, onRejected);
  }

  finally(onFinally?: (() => void) | null): Promise<Page<T>> {
    return this.then().finally(onFinally);
  }

  /** Every item, page by page. Breaking out of the loop requests nothing more. */
  [Symbol.asyncIterator](): AsyncIterator<T> {
    return new ItemIterator(this.pages());
  }

  /** Page after page, each a {@link Page}. Without an explicit `limit`, pages are the largest the API allows. */
  async *pages(): AsyncGenerator<Page<T>, void, undefined> {
    const pageSize = this.#source.params.limit ?? this.#source.info.maxLimit;
    let page: Page<T> | null = await this.#fetchPage(this.#startPosition(pageSize), new Map(), true);
    const concurrency = this.#options?.concurrency ?? 1;
    if (concurrency > 1 && this.#strategy === 'offset' && page.totalCount !== undefined && pageSize !== undefined) {
      yield* this.#readAhead(page, pageSize, concurrency);
      return;
    }
    while (page) {
      yield page;
      const next = page.nextPage();
      // Let go of this page (and its items) while the next one loads.
      page = null;
      page = await next;
    }
  }

  /** Collects items into an array, stopping at `max`. */
  async toArray(options: ToArrayOptions): Promise<T[]> {
    const max = options?.max;
    if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) {
      throw new ClerkValidationError('toArray: `max` is required, a whole number of items (0 or more)', [
        { path: 'max', message: 'required: a whole number of items, 0 or more' },
      ]);
    }
    const items: T[] = [];
    if (max === 0) return items;
    for await (const item of this) {
      items.push(item);
      if (items.length >= max) break;
    }
    return items;
  }

  #startPosition(limit: number | undefined): PagePosition {
    const { offset, startingAfter } = this.#source.params;
    const position: PagePosition = {};
    if (limit !== undefined && this.#source.info.limit) position.limit = limit;
    if (this.#strategy === 'cursor' && startingAfter !== undefined) position.startingAfter = startingAfter;
    if (this.#strategy === 'offset' && offset !== undefined) position.offset = offset;
    return position;
  }

  /**
   * Fetches the page at `position`. `visited` holds a fingerprint of every page of this walk so far,
   * with where it was fetched: a server serving pages in a cycle (A, B, A, …) is caught, not only
   * one repeating a page at once, while asking a position again (`nextPage()` called twice) is not.
   */
  async #fetchPage(position: PagePosition, visited: Visited, first = false): Promise<Page<T>> {
    const result = await this.#source.fetch(position, this.#options);
    this.#checkNotVisited(visited, result, position);
    if (!first) this.#checkProgress(result, position);
    return new Page(result.items, result.totalCount, this.#nextOf(position, result, visited));
  }

  /** The function that fetches the page after `result`, or undefined when the list has ended. */
  #nextOf(position: PagePosition, result: PageResult<T>, visited: Visited): (() => Promise<Page<T>>) | undefined {
    if (this.#strategy === 'single') return undefined;
    const count = result.items.length;
    if (count === 0) return undefined;
    const limit = position.limit;
    if (limit === undefined || count < limit) return undefined;
    if (this.#strategy === 'cursor') {
      const last = identity(result.items[count - 1]);
      if (typeof last !== 'string') return undefined;
      return () => this.#fetchPage({ limit, startingAfter: last }, visited);
    }
    const offset = (position.offset ?? 0) + count;
    if (result.totalCount !== undefined && offset >= result.totalCount) return undefined;
    return () => this.#fetchPage({ limit, offset }, visited);
  }

  #checkNotVisited(visited: Visited, result: PageResult<T>, position: PagePosition): void {
    if (result.items.length === 0) return;
    const fingerprint = pageFingerprint(result.items);
    const where = describe(position);
    const seenAt = visited.get(fingerprint);
    if (seenAt !== undefined && seenAt !== where) {
      throw new ClerkError(
        `Pagination stopped: the API answered the same page twice in this walk (${where}). Iterating further would loop.`,
      );
    }
    visited.set(fingerprint, where);
  }

  /** Guards against a cursor that does not move forward, and notes an empty page under a larger total. */
  #checkProgress(result: PageResult<T>, position: PagePosition): void {
    if (this.#strategy === 'cursor' && result.items.length > 0 && identity(result.items.at(-1)) === position.startingAfter) {
      throw new ClerkError(`Pagination stopped: the cursor did not advance past ${position.startingAfter}.`);
    }
    if (result.items.length === 0 && result.totalCount !== undefined && (position.offset ?? 0) < result.totalCount) {
      this.#source.warn(
        `[clerk-fluent] The list ended with an empty page at offset ${position.offset ?? 0} although the API reports ${result.totalCount} items: items were removed meanwhile, or the total is wrong.`,
      );
    }
  }

  /** Offset pages fetched `concurrency` at a time, yielded in order. */
  async *#readAhead(first: Page<T>, pageSize: number, concurrency: number): AsyncGenerator<Page<T>, void, undefined> {
    yield first;
    if (!first.hasNextPage()) return;
    const total = first.totalCount!;
    let nextOffset = (this.#source.params.offset ?? 0) + first.data.length;
    const inFlight: Array<{ offset: number; result: Promise<PageResult<T>> }> = [];
    const schedule = () => {
      while (inFlight.length < concurrency && nextOffset < total) {
        const position = { limit: pageSize, offset: nextOffset };
        const result = this.#source.fetch(position, this.#options);
        result.catch(() => undefined);
        inFlight.push({ offset: nextOffset, result });
        nextOffset += pageSize;
      }
    };
    const visited: Visited = new Map([[pageFingerprint(first.data), describe({ offset: this.#source.params.offset })]]);
    try {
      schedule();
      while (inFlight.length > 0) {
        const { offset, result: pending } = inFlight.shift()!;
        const result = await pending;
        this.#checkNotVisited(visited, result, { limit: pageSize, offset });
        this.#checkProgress(result, { limit: pageSize, offset });
        const ended = result.items.length < pageSize || offset + result.items.length >= (result.totalCount ?? total);
        yield new Page(result.items, result.totalCount, undefined);
        if (ended) return;
        schedule();
      }
    } finally {
      inFlight.length = 0;
    }
  }
}

function chooseStrategy<T>(source: ListSource<T>): Strategy {
  const { info, params } = source;
  if (!info.limit && !info.offset && !info.cursor) return 'single';
  if (info.cursor && params.offset === undefined && (params.orderBy === undefined || CURSOR_ORDERINGS.test(params.orderBy))) {
    return 'cursor';
  }
  return info.offset ? 'offset' : 'single';
}

function identity(item: unknown): unknown {
  if (item !== null && typeof item === 'object' && 'id' in item) return (item as { id: unknown }).id;
  return JSON.stringify(item);
}

/**
 * A short fingerprint of a page: its size and a 53-bit hash of the ids of its first, middle and
 * last items (pages of one list are disjoint ranges, so these tell pages apart), so remembering
 * every page of a long walk costs a few bytes per page, not the page.
 */
function pageFingerprint(items: readonly unknown[]): string {
  let h1 = 0xdeadbeef;
  let h2 = 0x41c6ce57;
  for (const item of [items[0], items[items.length >> 1], items[items.length - 1]]) {
    const id = String(identity(item));
    for (let index = 0; index <= id.length; index++) {
      const code = index < id.length ? id.charCodeAt(index) : 0;
      h1 = Math.imul(h1 ^ code, 2654435761);
      h2 = Math.imul(h2 ^ code, 1597334677);
    }
  }
  h1 = Math.imul(h1 ^ (h1 >>> 16), 2246822507) ^ Math.imul(h2 ^ (h2 >>> 13), 3266489909);
  h2 = Math.imul(h2 ^ (h2 >>> 16), 2246822507) ^ Math.imul(h1 ^ (h1 >>> 13), 3266489909);
  const hash = 4294967296 * (2097151 & h2) + (h1 >>> 0);
  return `${items.length}:${hash.toString(36)}`;
}

function describe(position: PagePosition): string {
  if (position.startingAfter !== undefined) return `starting after ${position.startingAfter}`;
  return `offset ${position.offset ?? 0}`;
}

/**
 * The items of a walk, one at a time, without an async generator per item: an item of a page in
 * hand is returned as an already settled step, and a page is let go of as soon as its last item
 * is passed (before the next page is requested), so that only one page of items is alive at once.
 */
class ItemIterator<T> implements AsyncIterator<T> {
  readonly #pages: AsyncGenerator<Page<T>, void, undefined>;
  #items: readonly T[] = [];
  #index = 0;
  #done = false;
  /** The page being fetched: a `next()` called meanwhile waits for it (steps stay in order). */
  #loading: Promise<unknown> | undefined;

  constructor(pages: AsyncGenerator<Page<T>, void, undefined>) {
    this.#pages = pages;
  }

  next(): Promise<IteratorResult<T>> {
    if (this.#loading) return this.#loading.then(() => this.next());
    if (this.#index < this.#items.length) return Promise.resolve({ value: this.#items[this.#index++]!, done: false });
    const step = this.#nextPage();
    const loading = step.then(
      () => undefined,
      () => undefined,
    );
    this.#loading = loading;
    void loading.then(() => {
      if (this.#loading === loading) this.#loading = undefined;
    });
    return step;
  }

  async #nextPage(): Promise<IteratorResult<T>> {
    this.#items = [];
    this.#index = 0;
    while (!this.#done) {
      const step = await this.#pages.next();
      if (step.done) break;
      const items = step.value.data;
      if (items.length === 0) continue;
      this.#items = items;
      this.#index = 1;
      return { value: items[0]!, done: false };
    }
    this.#done = true;
    return { value: undefined, done: true };
  }

  async return(): Promise<IteratorResult<T>> {
    this.#done = true;
    this.#items = [];
    await this.#pages.return(undefined);
    return { value: undefined, done: true };
  }
}

/**
 * One page of a list. `nextPage()` fetches the page after it; calls made while that request is in
 * flight share it, a call made after it answered asks again (a page keeps no link to the next).
 *
 * @example
 * ```ts
 * let page = await clerk.users.list({ limit: 100 });
 * while (page) {
 *   for (const user of page.data) console.log(user.id);
 *   page = await page.nextPage();
 * }
 * ```
 */
export class Page<T> {
  /** The items of this page. */
  readonly data: T[];
  /** The total the API reported for the whole list, when it reports one. */
  readonly totalCount: number | undefined;
  readonly #link: NextLink<T> | undefined;

  /** @internal Pages are made by list requests. */
  constructor(data: T[], totalCount: number | undefined, next: (() => Promise<Page<T> | null>) | undefined) {
    this.data = data;
    this.totalCount = totalCount;
    this.#link = next && { next, pending: undefined };
  }

  /** Whether another page may follow (the API's answer decides: it can still be empty). */
  hasNextPage(): boolean {
    return this.#link !== undefined;
  }

  /** The page after this one, or `null` at the end. */
  nextPage(): Promise<Page<T> | null> {
    const link = this.#link;
    if (!link) return Promise.resolve(null);
    // The request in flight refers to the link, not to this page: a walk that lets go of a page
    // while the next one loads lets its items go too. Once answered, the link forgets the next
    // page: a page that reached the old generation and pointed at its successor, even weakly,
    // would keep every later page of a walk alive through each young-generation collection
    // (V8's scavenger treats both kinds of reference as strong), until the next full collection.
    link.pending ??= link.next().then(
      (page) => {
        link.pending = undefined;
        return page;
      },
      (error: unknown) => {
        link.pending = undefined;
        throw error;
      },
    );
    return link.pending;
  }

  /** The items of this page. */
  [Symbol.iterator](): Iterator<T> {
    return this.data[Symbol.iterator]();
  }
}

/** How a page reaches the next: the fetch, and the request in flight (shared by concurrent callers). */
interface NextLink<T> {
  readonly next: () => Promise<Page<T> | null>;
  pending: Promise<Page<T> | null> | undefined;
}

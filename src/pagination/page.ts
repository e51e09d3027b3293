/**
 * One page of a list. `nextPage()` fetches the page after it; calls made at the same time share
 * one request.
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
  readonly #next: (() => Promise<Page<T> | null>) | undefined;
  #pending: Promise<Page<T> | null> | undefined;
  /**
   * The next page once fetched, held weakly: a page never keeps the pages after it alive, so a
   * walk that still references its first page (a list request awaited, a variable left behind)
   * does not hold every page it has passed in memory.
   */
  #fetched: WeakRef<Page<T>> | undefined;

  /** @internal Pages are made by list requests. */
  constructor(data: T[], totalCount: number | undefined, next: (() => Promise<Page<T> | null>) | undefined) {
    this.data = data;
    this.totalCount = totalCount;
    this.#next = next;
  }

  /** Whether another page may follow (the API's answer decides: it can still be empty). */
  hasNextPage(): boolean {
    return this.#next !== undefined;
  }

  /** The page after this one, or `null` at the end. */
  nextPage(): Promise<Page<T> | null> {
    if (!this.#next) return Promise.resolve(null);
    const fetched = this.#fetched?.deref();
    if (fetched) return Promise.resolve(fetched);
    this.#pending ??= this.#next().then(
      (page) => {
        this.#pending = undefined;
        if (page) this.#fetched = new WeakRef(page);
        return page;
      },
      (error: unknown) => {
        this.#pending = undefined;
        throw error;
      },
    );
    return this.#pending;
  }

  /** The items of this page. */
  [Symbol.iterator](): Iterator<T> {
    return this.data[Symbol.iterator]();
  }
}

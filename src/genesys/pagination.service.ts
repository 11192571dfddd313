import type {
  CollectedItems,
  CountedPage,
  CursorPage,
  PageWalkOptions,
  UncountedPage,
  UncountedWalkOptions,
  WalkStep,
} from './pagination.types.js';

export interface PaginationSettings {
  /** Most items one walk collects. */
  itemCap: number;
  /** Most pages in flight at once for one walk. */
  pageConcurrency: number;
  /** Told how many pages each collected walk took (metrics). */
  onCollected?: (pages: number) => void;
}

/**
 * Walks every Genesys paging style to the end, bounded by an item cap, fetching pages in
 * parallel wherever the page count is known. Each walk is an async iterator of pages;
 * `collect` gathers one into a list.
 */
export class PaginationService {
  constructor(private readonly settings: PaginationSettings) {}

  /** Page-number listings with totals: entity listings, users search, analytics queries. */
  async *counted<T>(
    fetchPage: (pageNumber: number) => Promise<CountedPage<T>>,
    options: PageWalkOptions,
  ): AsyncGenerator<WalkStep<T>> {
    const first = await fetchPage(1);
    const lastPage = Math.min(first.pageCount, this.pagesWithinCap(options));
    yield { items: first.items, more: first.pageCount > 1 };
    if (lastPage < 2) return;
    const pages = this.inOrder(range(2, lastPage), fetchPage, options);
    for await (const [pageNumber, page] of pages) {
      yield { items: page.items, more: pageNumber < first.pageCount };
    }
  }

  /** Page-number listings without totals (queue members). */
  async *uncounted<T>(
    fetchPage: (pageNumber: number) => Promise<UncountedPage<T>>,
    options: UncountedWalkOptions,
  ): AsyncGenerator<WalkStep<T>> {
    const [first, hint] = await Promise.all([fetchPage(1), options.pageCountHint ?? undefined]);
    yield { items: first.items, more: first.hasNext };
    if (!first.hasNext) return;

    const pageCap = this.pagesWithinCap(options);
    let next = 2;
    if (hint !== undefined && hint >= 2) {
      const expectedLast = Math.min(hint, pageCap);
      for await (const [, page] of this.inOrder(range(2, expectedLast), fetchPage, options)) {
        yield { items: page.items, more: page.hasNext };
        // A short page before the expected end: members left during the walk.
        if (!page.hasNext) return;
      }
      next = expectedLast + 1;
    }
    // No hint, or the listing grew past it: follow nextUri.
    for (; next <= pageCap; next++) {
      const page = await fetchPage(next);
      yield { items: page.items, more: page.hasNext };
      if (!page.hasNext) return;
    }
  }

  /** Cursor listings: one page after another. */
  async *cursor<T>(fetchPage: (cursor: string | undefined) => Promise<CursorPage<T>>): AsyncGenerator<WalkStep<T>> {
    let cursor: string | undefined;
    do {
      const page = await fetchPage(cursor);
      cursor = page.cursor || undefined;
      yield { items: page.items, more: cursor !== undefined };
    } while (cursor !== undefined);
  }

  /**
   * Gathers a walk into one list of at most `itemCap` items, dropping repeats when `keyOf` is
   * given (a listing that shifts while it is walked can show an item on two pages).
   */
  async collect<T>(
    walk: AsyncIterable<WalkStep<T>>,
    options: { itemCap?: number; keyOf?: (item: T) => string | undefined } = {},
  ): Promise<CollectedItems<T>> {
    const result = await this.gather(walk, this.capOf(options.itemCap), options.keyOf);
    this.settings.onCollected?.(result.pages);
    return result;
  }

  private async gather<T>(
    walk: AsyncIterable<WalkStep<T>>,
    cap: number,
    keyOf: ((item: T) => string | undefined) | undefined,
  ): Promise<CollectedItems<T>> {
    const items: T[] = [];
    const seen = new Set<string>();
    let pages = 0;
    for await (const step of walk) {
      pages++;
      for (const [index, item] of step.items.entries()) {
        const key = keyOf?.(item);
        if (key !== undefined) {
          if (seen.has(key)) continue;
          seen.add(key);
        }
        if (items.length === cap) {
          return { items, truncated: true, pages };
        }
        items.push(item);
        if (items.length === cap && (index < step.items.length - 1 || step.more)) {
          return { items, truncated: true, pages };
        }
      }
    }
    return { items, truncated: false, pages };
  }

  private pagesWithinCap(options: PageWalkOptions): number {
    return Math.max(1, Math.ceil(this.capOf(options.itemCap) / options.pageSize));
  }

  /** A caller's limit may lower the configured item cap, never raise it. */
  private capOf(itemCap: number | undefined): number {
    return Math.min(itemCap ?? this.settings.itemCap, this.settings.itemCap);
  }

  /** Fetches pages with at most `concurrency` in flight and yields them in page order. */
  private async *inOrder<P>(
    pageNumbers: number[],
    fetchPage: (pageNumber: number) => Promise<P>,
    options: PageWalkOptions,
  ): AsyncGenerator<[number, P]> {
    const concurrency = Math.max(1, options.concurrency ?? this.settings.pageConcurrency);
    const inFlight: Array<[number, Promise<P>]> = [];
    let cursor = 0;
    const refill = () => {
      while (inFlight.length < concurrency && cursor < pageNumbers.length) {
        const pageNumber = pageNumbers[cursor++];
        inFlight.push([pageNumber, fetchPage(pageNumber)]);
      }
    };
    try {
      refill();
      while (inFlight.length > 0) {
        const [pageNumber, pending] = inFlight.shift()!;
        const page = await pending;
        refill();
        yield [pageNumber, page];
      }
    } finally {
      // The walk stopped early (cap, failure, consumer break): nobody awaits these any more.
      for (const [, pending] of inFlight) pending.catch(() => undefined);
    }
  }
}

function range(from: number, to: number): number[] {
  return Array.from({ length: Math.max(0, to - from + 1) }, (_, i) => from + i);
}

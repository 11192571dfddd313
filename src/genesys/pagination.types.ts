/** A page of a listing that says how many pages there are (`pageCount`, `totalHits`). */
export interface CountedPage<T> {
  items: T[];
  pageCount: number;
}

/** A page of a listing without totals (queue members): the end shows as no `nextUri` or a short page. */
export interface UncountedPage<T> {
  items: T[];
  hasNext: boolean;
}

/** A page of a cursor listing. */
export interface CursorPage<T> {
  items: T[];
  cursor?: string;
}

export interface PageWalkOptions {
  /** Page size requested from Genesys. */
  pageSize: number;
  /** Stop once this many items are collected; defaults to the configured item cap. */
  itemCap?: number;
  /** Pages in flight at once; defaults to the configured page concurrency. */
  concurrency?: number;
}

export interface UncountedWalkOptions extends PageWalkOptions {
  /**
   * Pages the listing probably has (queue members: ceil(memberCount / pageSize)), resolved
   * while page 1 is in flight. With it, pages 2..hint are fetched in parallel and the last
   * one confirms the end; without it the walk follows `nextUri` one page at a time.
   */
  pageCountHint?: Promise<number | undefined>;
}

export interface CollectedItems<T> {
  items: T[];
  /** More items exist than were returned (the item cap cut the list). */
  truncated: boolean;
  /** Upstream pages fetched. */
  pages: number;
}

/** One step of a walk: a page's items and whether more pages follow. */
export interface WalkStep<T> {
  items: T[];
  more: boolean;
}

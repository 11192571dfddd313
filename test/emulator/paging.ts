import type { Models } from 'purecloud-platform-client-v2';
import { invalidValue } from './errors.js';
import type { QueryParams } from './query.js';

export interface PageRequest {
  pageSize: number;
  pageNumber: number;
}

export const DEFAULT_PAGE_SIZE = 25;

/**
 * Reads `pageSize`/`pageNumber`. Decisions (real behaviour UNVERIFIED): `pageSize=0` means the
 * default (25), `pageNumber=0` means 1, negatives and sizes above the endpoint's maximum are a
 * 400 `invalid.value`.
 */
export function readPageRequest(query: QueryParams, maxPageSize: number): PageRequest {
  return checkPage(query.int('pageSize', DEFAULT_PAGE_SIZE), query.int('pageNumber', 1), maxPageSize);
}

export function checkPage(pageSize: number, pageNumber: number, maxPageSize: number): PageRequest {
  if (!Number.isInteger(pageSize) || pageSize < 0)
    throw invalidValue('pageSize', `${pageSize} is not a positive integer`);
  if (pageSize > maxPageSize)
    throw invalidValue('pageSize', `${pageSize} exceeds the maximum page size of ${maxPageSize}`);
  if (!Number.isInteger(pageNumber) || pageNumber < 0)
    throw invalidValue('pageNumber', `${pageNumber} is not a positive integer`);
  return { pageSize: pageSize === 0 ? DEFAULT_PAGE_SIZE : pageSize, pageNumber: pageNumber === 0 ? 1 : pageNumber };
}

/** Relative page URI that keeps every other query parameter of the request (filters, expands). */
export function pageUri(path: string, query: QueryParams, pageSize: number, pageNumber: number): string {
  let uri = `${path}?pageSize=${pageSize}&pageNumber=${pageNumber}`;
  for (const [k, v] of query.pairs()) {
    if (k === 'pageSize' || k === 'pageNumber' || v.length === 0) continue;
    uri += `&${encodeQueryPart(k)}=${encodeQueryPart(v)}`;
  }
  return uri;
}

function encodeQueryPart(s: string): string {
  return encodeURIComponent(s).replace(/%2C/g, ',');
}

/** The full paging block of page-number listings (`UserEntityListing`, `QueueEntityListing`, ...). */
export type PageNumberBlock = Omit<Models.UserEntityListing, 'entities'>;

/**
 * One page of `items` plus the full block: totals, `firstUri`, `selfUri`, `lastUri`, and
 * `previousUri`/`nextUri` only when such a page exists. A page past the end is empty.
 */
export function pageNumberPage<T>(
  items: readonly T[],
  page: PageRequest,
  path: string,
  query: QueryParams,
): { slice: T[]; block: PageNumberBlock } {
  const { pageSize, pageNumber } = page;
  const total = items.length;
  const pageCount = Math.ceil(total / pageSize);
  const from = (pageNumber - 1) * pageSize;
  const slice = items.slice(from, from + pageSize);
  const block: PageNumberBlock = {
    pageSize,
    pageNumber,
    total,
    pageCount,
    firstUri: pageUri(path, query, pageSize, 1),
    selfUri: pageUri(path, query, pageSize, pageNumber),
    lastUri: pageUri(path, query, pageSize, Math.max(1, pageCount)),
    ...(pageNumber < pageCount ? { nextUri: pageUri(path, query, pageSize, pageNumber + 1) } : {}),
    ...(pageNumber > 1
      ? { previousUri: pageUri(path, query, pageSize, Math.min(pageNumber - 1, Math.max(1, pageCount))) }
      : {}),
  };
  return { slice, block };
}

/** The reduced block of `QueueMemberEntityListing`: no total, pageCount or lastUri. */
export type NoTotalsBlock = Omit<Models.QueueMemberEntityListing, 'entities'>;

export function noTotalsPage<T>(
  items: readonly T[],
  page: PageRequest,
  path: string,
  query: QueryParams,
): { slice: T[]; block: NoTotalsBlock } {
  const { pageSize, pageNumber } = page;
  const from = (pageNumber - 1) * pageSize;
  const slice = items.slice(from, from + pageSize);
  const block: NoTotalsBlock = {
    pageNumber,
    pageSize,
    firstUri: pageUri(path, query, pageSize, 1),
    selfUri: pageUri(path, query, pageSize, pageNumber),
    ...(from + pageSize < items.length ? { nextUri: pageUri(path, query, pageSize, pageNumber + 1) } : {}),
    ...(pageNumber > 1 ? { previousUri: pageUri(path, query, pageSize, pageNumber - 1) } : {}),
  };
  return { slice, block };
}

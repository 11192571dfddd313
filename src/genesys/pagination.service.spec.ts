import { describe, expect, it } from 'vitest';
import { PaginationService } from './pagination.service.js';
import type { CountedPage, UncountedPage } from './pagination.types.js';

const service = new PaginationService({ itemCap: 10_000, pageConcurrency: 4 });

function numbered(count: number): number[] {
  return Array.from({ length: count }, (_, i) => i + 1);
}

/** A listing with totals over `items`, recording which pages were asked for and the peak concurrency. */
function countedListing(items: number[], pageSize: number, failOnPage?: number) {
  const requested: number[] = [];
  let inFlight = 0;
  let peak = 0;
  const fetchPage = async (pageNumber: number): Promise<CountedPage<number>> => {
    requested.push(pageNumber);
    inFlight++;
    peak = Math.max(peak, inFlight);
    await new Promise((resolve) => setTimeout(resolve, 5));
    inFlight--;
    if (pageNumber === failOnPage) throw new Error(`page ${pageNumber} failed`);
    return {
      items: items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize),
      pageCount: Math.ceil(items.length / pageSize),
    };
  };
  return { fetchPage, requested, peak: () => peak };
}

/** A listing without totals: `hasNext` mirrors Genesys's nextUri (absent on the last page). */
function uncountedListing(items: number[], pageSize: number) {
  const requested: number[] = [];
  const fetchPage = async (pageNumber: number): Promise<UncountedPage<number>> => {
    requested.push(pageNumber);
    await new Promise((resolve) => setTimeout(resolve, 2));
    const page = items.slice((pageNumber - 1) * pageSize, pageNumber * pageSize);
    return { items: page, hasNext: pageNumber * pageSize < items.length };
  };
  return { fetchPage, requested };
}

describe('PaginationService.counted (page number with totals, search results, analytics)', () => {
  it.each([
    ['empty', 0],
    ['one page', 7],
    ['an exact multiple of the page size', 30],
    ['a short last page', 27],
  ])('returns every item of %s in order', async (_, count) => {
    const listing = countedListing(numbered(count), 10);
    const result = await service.collect(service.counted(listing.fetchPage, { pageSize: 10 }));
    expect(result.items).toEqual(numbered(count));
    expect(result.truncated).toBe(false);
    expect(listing.requested.sort((a, b) => a - b)).toEqual(numbered(Math.max(1, Math.ceil(count / 10))));
  });

  it('fetches pages after the first in parallel, never more than the concurrency', async () => {
    const listing = countedListing(numbered(200), 10);
    const result = await service.collect(service.counted(listing.fetchPage, { pageSize: 10, concurrency: 4 }));
    expect(result.items).toEqual(numbered(200));
    expect(listing.peak()).toBe(4);
  });

  it('stops at the item cap, reports truncated and fetches no page beyond it', async () => {
    const listing = countedListing(numbered(100), 10);
    const result = await service.collect(service.counted(listing.fetchPage, { pageSize: 10, itemCap: 25 }), {
      itemCap: 25,
    });
    expect(result.items).toEqual(numbered(25));
    expect(result.truncated).toBe(true);
    expect(Math.max(...listing.requested)).toBe(3);
  });

  it('is not truncated when the cap equals the item count', async () => {
    const listing = countedListing(numbered(20), 10);
    const result = await service.collect(service.counted(listing.fetchPage, { pageSize: 10, itemCap: 20 }), {
      itemCap: 20,
    });
    expect(result).toMatchObject({ truncated: false, pages: 2 });
  });

  it('fails the walk when a page fails mid-walk', async () => {
    const listing = countedListing(numbered(100), 10, 6);
    await expect(service.collect(service.counted(listing.fetchPage, { pageSize: 10 }))).rejects.toThrow(
      'page 6 failed',
    );
  });

  it('drops items seen twice when a key is given', async () => {
    const pages = [
      [1, 2, 3],
      [3, 4, 5],
    ];
    const walk = service.counted(async (n) => ({ items: pages[n - 1], pageCount: 2 }), { pageSize: 3 });
    expect((await service.collect(walk, { keyOf: String })).items).toEqual([1, 2, 3, 4, 5]);
  });

  it('can be consumed as an async iterator of pages', async () => {
    const listing = countedListing(numbered(25), 10);
    const seen: number[][] = [];
    for await (const step of service.counted(listing.fetchPage, { pageSize: 10 })) seen.push(step.items);
    expect(seen).toEqual([numbered(10), numbered(20).slice(10), [21, 22, 23, 24, 25]]);
  });
});

describe('PaginationService.uncounted (queue members: no totals, follow nextUri)', () => {
  it.each([
    ['empty', 0, undefined],
    ['one page', 7, 1],
    ['an exact multiple of the page size', 30, 3],
    ['a short last page', 27, 3],
  ])('returns every item of %s, following nextUri', async (_, count, hint) => {
    const listing = uncountedListing(numbered(count), 10);
    const walk = service.uncounted(listing.fetchPage, { pageSize: 10, pageCountHint: Promise.resolve(hint) });
    const result = await service.collect(walk);
    expect(result.items).toEqual(numbered(count));
    expect(listing.requested.length).toBe(Math.max(1, Math.ceil(count / 10)));
  });

  it('walks one page after another without a hint', async () => {
    const listing = uncountedListing(numbered(45), 10);
    const result = await service.collect(service.uncounted(listing.fetchPage, { pageSize: 10 }));
    expect(result.items).toEqual(numbered(45));
    expect(listing.requested).toEqual([1, 2, 3, 4, 5]);
  });

  it('keeps following nextUri when the listing grew past the hint', async () => {
    const listing = uncountedListing(numbered(55), 10);
    const walk = service.uncounted(listing.fetchPage, { pageSize: 10, pageCountHint: Promise.resolve(3) });
    expect((await service.collect(walk)).items).toEqual(numbered(55));
  });

  it('stops at a short page before the hinted end (members left during the walk)', async () => {
    const listing = uncountedListing(numbered(25), 10);
    const walk = service.uncounted(listing.fetchPage, { pageSize: 10, pageCountHint: Promise.resolve(8) });
    expect((await service.collect(walk)).items).toEqual(numbered(25));
  });

  it('stops at the item cap and reports truncated', async () => {
    const listing = uncountedListing(numbered(100), 10);
    const walk = service.uncounted(listing.fetchPage, {
      pageSize: 10,
      itemCap: 30,
      pageCountHint: Promise.resolve(10),
    });
    const result = await service.collect(walk, { itemCap: 30 });
    expect(result).toMatchObject({ truncated: true });
    expect(result.items).toEqual(numbered(30));
    expect(Math.max(...listing.requested)).toBe(3);
  });

  it('fails the walk when a page fails mid-walk', async () => {
    const walk = service.uncounted(
      async (n) => {
        if (n === 3) throw new Error('page 3 failed');
        return { items: numbered(10), hasNext: true };
      },
      { pageSize: 10, pageCountHint: Promise.resolve(5) },
    );
    await expect(service.collect(walk)).rejects.toThrow('page 3 failed');
  });

  it('fails when the hint itself fails (the queue does not exist)', async () => {
    const walk = service.uncounted(async () => ({ items: numbered(10), hasNext: true }), {
      pageSize: 10,
      pageCountHint: Promise.reject(new Error('queue not found')),
    });
    await expect(service.collect(walk)).rejects.toThrow('queue not found');
  });
});

describe('PaginationService.cursor', () => {
  it('follows the cursor to the end', async () => {
    const pages: Record<string, { items: number[]; cursor?: string }> = {
      start: { items: [1, 2], cursor: 'b' },
      b: { items: [3, 4], cursor: 'c' },
      c: { items: [5] },
    };
    const walk = service.cursor(async (cursor) => pages[cursor ?? 'start']);
    expect((await service.collect(walk)).items).toEqual([1, 2, 3, 4, 5]);
  });

  it('handles an empty listing', async () => {
    const walk = service.cursor(async () => ({ items: [] as number[] }));
    expect(await service.collect(walk)).toEqual({ items: [], truncated: false, pages: 1 });
  });
});

describe('PaginationService item cap', () => {
  it('never lets a caller raise the configured cap', async () => {
    const small = new PaginationService({ itemCap: 15, pageConcurrency: 2 });
    const listing = countedListing(numbered(50), 10);
    const result = await small.collect(small.counted(listing.fetchPage, { pageSize: 10, itemCap: 1_000 }), {
      itemCap: 1_000,
    });
    expect(result.items).toHaveLength(15);
    expect(result.truncated).toBe(true);
  });
});

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { FIRST_KEPT_PAGE_MIN, firstKept } from './first-kept.ts';

/** A list served page by page, counting the pages read. */
function served(list: readonly number[]) {
  const reads: number[] = [];
  const page = async (offset: number, size: number) => {
    reads.push(offset);
    return list.slice(offset, offset + size);
  };
  return { page, reads };
}

describe('firstKept', () => {
  it('keeps the first rows that pass, in order, whatever the list and the limit', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.array(fc.integer({ min: 0, max: 9 }), { maxLength: 450 }),
        fc.integer({ min: 1, max: 150 }),
        fc.integer({ min: 0, max: 9 }),
        async (list, limit, threshold) => {
          const { page } = served(list);
          const keep = (n: number) => n >= threshold;
          const result = await firstKept(limit, page, async (rows) => rows.filter(keep));
          expect(result).toEqual(list.filter(keep).slice(0, limit));
        },
      ),
    );
  });

  it('reads past whole pages of rows it does not keep, and stops at the end of the list', async () => {
    const list = [...Array<number>(2 * FIRST_KEPT_PAGE_MIN + 5).fill(0), 1, 1];
    const { page, reads } = served(list);
    expect(await firstKept(5, page, async (rows) => rows.filter((n) => n === 1))).toEqual([1, 1]);
    expect(reads).toEqual([0, FIRST_KEPT_PAGE_MIN, 2 * FIRST_KEPT_PAGE_MIN]);
  });

  it('stops reading once it has enough', async () => {
    const { page, reads } = served(Array<number>(1000).fill(1));
    expect(await firstKept(3, page, async (rows) => rows)).toHaveLength(3);
    expect(reads).toEqual([0]);
  });
});

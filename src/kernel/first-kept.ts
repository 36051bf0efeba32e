/**
 * The first rows of an ordered list that a check keeps, read page by page: for a list whose filter
 * cannot be part of its query (on a cluster, a scope that lives on other nodes than the list), so
 * the rows are read in order and checked a page at a time until enough are kept or the list ends.
 */

/** Rows read per page, at least. */
export const FIRST_KEPT_PAGE_MIN = 100;

/**
 * The first `limit` rows of `page(offset, size)` (the list in its order) that `kept` keeps (it
 * returns the rows of one page it keeps, in their order). Reads pages of max(limit, 100) rows.
 */
export async function firstKept<Row>(
  limit: number,
  page: (offset: number, size: number) => Promise<Row[]>,
  kept: (rows: Row[]) => Promise<Row[]>,
): Promise<Row[]> {
  const found: Row[] = [];
  const size = Math.max(limit, FIRST_KEPT_PAGE_MIN);
  for (let offset = 0; found.length < limit; offset += size) {
    const rows = await page(offset, size);
    found.push(...(await kept(rows)));
    if (rows.length < size) break;
  }
  return found.slice(0, limit);
}

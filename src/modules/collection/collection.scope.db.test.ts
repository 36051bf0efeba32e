/**
 * The staff subtree on collection's lists, checked by value a page at a time: rows of payers outside
 * the subtree are skipped however many come first; an employer is seen where it is registered; a
 * person where registered, and for the person scope (`visible`) also where employed.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { freshEmployer } from '../../../test/fixtures/collection/payer.ts';
import { freshPersonIds } from '../../../test/fixtures/collection/payments.ts';
import { testContext, type TestContext } from '../../../test/support/context.ts';
import { FIRST_KEPT_PAGE_MIN } from '../../kernel/first-kept.ts';
import { firstInSubtree, type PayerColumns } from './collection.scope.ts';

let t: TestContext;
let xihu: string;
const ids = { inside: 0, outside: 0, registered: 0, elsewhere: 0, employed: 0 };

beforeAll(async () => {
  t = await testContext({ demo: true }, { seedDemo: true });
  const agency = (code: string) =>
    t.ctx.db.selectFrom('agencies').select(['id', 'path']).where('code', '=', code).executeTakeFirstOrThrow();
  xihu = (await agency('330106')).path;
  const ningbo = Number((await agency('330200')).id);
  ids.inside = (await freshEmployer(t.ctx, '杭州辖内单位')).id;
  ids.outside = (await freshEmployer(t.ctx, '宁波辖外单位')).id;
  const persons = await freshPersonIds(t.ctx, 3);
  [ids.registered, ids.elsewhere, ids.employed] = [persons[0]!, persons[1]!, persons[2]!];
  await t.ctx.db.updateTable('employers').set({ agency_id: ningbo }).where('id', '=', ids.outside).execute();
  await t.ctx.db
    .updateTable('persons')
    .set({ agency_id: ningbo })
    .where('person_id', 'in', [ids.elsewhere, ids.employed])
    .execute();
  await t.ctx.db
    .insertInto('employments')
    .values({
      person_id: ids.employed,
      employer_id: ids.inside,
      hired_on: '2025-01-01',
      separated_on: null,
      separation_reason: null,
      source_channel: 'window',
      merged_from: null,
      case_id: null,
      import_id: null,
      created_at: t.ctx.clock.now(),
      created_by_kind: 'test',
      created_by_id: null,
      ended_at: null,
    })
    .execute();
});
afterAll(() => t.dispose());

type Row = PayerColumns & { readonly n: number };
const employerRow = (n: number, id: number): Row => ({ n, employer_id: id, person_id: null });
const personRow = (n: number, id: number): Row => ({ n, employer_id: null, person_id: String(id) });

/** A list held in memory, read as pages; counts the pages read. */
function listOf(rows: Row[]) {
  const reads: number[] = [];
  const page = (offset: number, size: number) => {
    reads.push(offset);
    return Promise.resolve(rows.slice(offset, offset + size));
  };
  return { page, reads };
}

describe('collection lists in the staff subtree', () => {
  it('reads on past pages of rows outside the subtree to the first rows inside it, in order', async () => {
    const outside = Array.from({ length: 2 * FIRST_KEPT_PAGE_MIN + 5 }, (_, n) => employerRow(n, ids.outside));
    const list = listOf([
      ...outside,
      employerRow(1000, ids.inside),
      personRow(1001, ids.elsewhere),
      personRow(1002, ids.registered),
      employerRow(1003, ids.inside),
    ]);
    const kept = await firstInSubtree(t.ctx.db, xihu, 2, list.page, 'registered');
    expect(kept.map((r) => r.n)).toEqual([1000, 1002]);
    expect(list.reads).toEqual([0, 100, 200]);
  });

  it('sees a person employed in the subtree only with the person scope', async () => {
    const rows = [personRow(1, ids.employed), personRow(2, ids.registered), personRow(3, ids.elsewhere)];
    const registered = await firstInSubtree(t.ctx.db, xihu, 10, listOf(rows).page, 'registered');
    expect(registered.map((r) => r.n)).toEqual([2]);
    const visible = await firstInSubtree(t.ctx.db, xihu, 10, listOf(rows).page, 'visible');
    expect(visible.map((r) => r.n)).toEqual([1, 2]);
  });

  it('keeps everything for the root of the tree and nothing for a subtree that does not exist', async () => {
    const rows = [employerRow(1, ids.outside), employerRow(2, ids.inside), personRow(3, ids.elsewhere)];
    const root = xihu.slice(0, xihu.indexOf('/', 1) + 1) || xihu;
    expect((await firstInSubtree(t.ctx.db, root, 10, listOf(rows).page, 'registered')).map((r) => r.n)).toEqual([
      1, 2, 3,
    ]);
    expect(await firstInSubtree(t.ctx.db, `${xihu}%_/none/`, 10, listOf(rows).page, 'registered')).toEqual([]);
  });
});

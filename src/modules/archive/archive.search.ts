/** What staff with `archive.read` see: search, one document with its versions, use records, statistics. */
import type { AppContext } from '../../app-context.ts';
import { dateOfInstant, parseCalendarDate, startOfChinaDay } from '../../kernel/calendar-date.ts';
import { common } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { StaffActor } from '../auth/index.ts';
import { agencyInScope } from '../org/index.ts';
import { subjectIndexOf } from './archive.documents.ts';
import type { ArchivedDocument, ArchiveUse, DocumentType } from './archive.model.ts';
import { rejectArchive } from './archive.rejections.ts';
import * as repo from './archive.repository.ts';
import { monthsBetween, periodValid } from './archive.rules.ts';

/** Longest chain of corrections walked when showing a document's versions. */
const CHAIN_LENGTH_MAX = 100;
export const STATS_MONTHS_MAX = 60;

/** A staff member's scope: their agency subtree, plus agency-less documents for a top-level agency. */
export function scopeOf(actor: StaffActor): repo.Scope {
  return { path: actor.agencyPath, topLevel: /^\/\d+\/$/.test(actor.agencyPath) };
}

function visible(scope: repo.Scope, agencyId: number | null, agencyPath: string | null): boolean {
  return agencyId === null ? scope.topLevel : agencyPath !== null && agencyPath.startsWith(scope.path);
}

async function agencyPathFilter(ctx: AppContext, actor: StaffActor, agencyId: number | undefined) {
  return agencyId === undefined ? undefined : (await agencyInScope(ctx.db, actor, agencyId)).path;
}

async function audit(ctx: AppContext, who: AuditActor, action: string, entityId: number | null, details: object) {
  await ctx.db.transaction().execute((trx) =>
    appendAudit(trx, ctx.clock, who, {
      action,
      entity: 'archive_document',
      entityId,
      details: details as Record<string, unknown>,
    }),
  );
}

export interface SearchQuery {
  citizenId?: string | undefined;
  creditCode?: string | undefined;
  itemCode?: string | undefined;
  documentType?: DocumentType | undefined;
  caseNumber?: string | undefined;
  archiveNo?: string | undefined;
  agencyId?: number | undefined;
  from?: Date | undefined;
  to?: Date | undefined;
  includeSuperseded?: boolean | undefined;
  page: number;
  pageSize: number;
}

/** Documents in the caller's subtree matching the query; the search is audited without identifiers. */
export async function searchArchive(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  query: SearchQuery,
): Promise<{ items: ArchivedDocument[]; total: number }> {
  const subjectIndex =
    query.citizenId !== undefined
      ? subjectIndexOf(ctx, 'person', query.citizenId)
      : query.creditCode !== undefined
        ? subjectIndexOf(ctx, 'employer', query.creditCode)
        : undefined;
  const result = await repo.searchDocuments(
    ctx.db,
    scopeOf(actor),
    { ...query, subjectIndex, agencyPath: await agencyPathFilter(ctx, actor, query.agencyId) },
    query.page,
    query.pageSize,
  );
  const { citizenId, creditCode, ...rest } = query;
  await audit(ctx, who, 'archive.search', null, {
    filter: { ...rest, subject: citizenId ? 'person' : creditCode ? 'employer' : null },
    total: result.total,
  });
  return result;
}

async function loadInScope(ctx: AppContext, actor: StaffActor, id: number) {
  const row = await repo.findDocument(ctx.db, id);
  if (!row) throw rejectArchive('archive_document_not_found');
  if (!visible(scopeOf(actor), row.agency_id, row.agency_path)) throw common.reject('out_of_scope');
  return row;
}

/** Throws unless the document exists and lies in the caller's scope. */
export async function documentInScope(ctx: AppContext, actor: StaffActor, id: number): Promise<ArchivedDocument> {
  return repo.toDocument(await loadInScope(ctx, actor, id));
}

/** One document with every version of it (oldest first); audited. */
export async function getDocument(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
): Promise<ArchivedDocument & { chain: ArchivedDocument[] }> {
  const document = repo.toDocument(await loadInScope(ctx, actor, id));
  const chain = [document];
  for (let first = document; first.supersedesId !== null && chain.length < CHAIN_LENGTH_MAX;) {
    const row = await repo.findDocument(ctx.db, first.supersedesId);
    if (!row) break;
    first = repo.toDocument(row);
    chain.unshift(first);
  }
  for (let last = document; last.supersededById !== null && chain.length < CHAIN_LENGTH_MAX;) {
    const row = await repo.findDocument(ctx.db, last.supersededById);
    if (!row) break;
    last = repo.toDocument(row);
    chain.push(last);
  }
  await audit(ctx, who, 'archive.read', id, { archiveNo: document.archiveNo });
  return { ...document, chain };
}

/** Use records of documents in the caller's subtree; reading them is audited. */
export async function listArchiveUses(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  query: {
    documentId?: number | undefined;
    from?: Date | undefined;
    to?: Date | undefined;
    page: number;
    pageSize: number;
  },
): Promise<{ items: ArchiveUse[]; total: number }> {
  if (query.documentId !== undefined) await loadInScope(ctx, actor, query.documentId);
  const result = await repo.listUses(ctx.db, scopeOf(actor), query, query.page, query.pageSize);
  await audit(ctx, who, 'archive.uses.list', query.documentId ?? null, { total: result.total });
  return result;
}

/** Start of a month `YYYY-MM` in China Standard Time. */
function monthStart(month: string): Date {
  return startOfChinaDay(parseCalendarDate(`${month}-01`));
}

function nextMonth(month: string): string {
  const all = monthsBetween(month, `${Number(month.slice(0, 4)) + 1}-${month.slice(5, 7)}`);
  return all[1]!;
}

/** Counts by document type and month over [from, to] (months, China time), within the caller's subtree. */
export async function archiveStats(
  ctx: AppContext,
  actor: StaffActor,
  query: { from?: string | undefined; to?: string | undefined; agencyId?: number | undefined },
) {
  const thisMonth = dateOfInstant(ctx.clock.now()).slice(0, 7);
  const to = query.to ?? thisMonth;
  const from = query.from ?? monthsBetween(`${Number(to.slice(0, 4)) - 1}-${to.slice(5, 7)}`, to)[1]!;
  if (!periodValid(from, to, STATS_MONTHS_MAX)) throw rejectArchive('archive_period_invalid');
  const stats = await repo.documentStats(
    ctx.db,
    scopeOf(actor),
    monthStart(from),
    monthStart(nextMonth(to)),
    await agencyPathFilter(ctx, actor, query.agencyId),
  );
  return { months: monthsBetween(from, to), ...stats };
}

/** Reading declarations: a payer's list (with the bill of each period) and one declaration's lines, masked. */
import { sql } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import { centsFromInteger, centsToDecimal } from '../../kernel/cents.ts';
import { rejectAssessment } from './contributions.assessment.rejections.ts';
import { maskName, type DeclarationChannel } from './contributions.declarations.ts';
import { payerColumns, type Payer } from '../collection/index.ts';

type BillStatus = 'open' | 'paid' | 'cancelled';

/** Most declarations one list answers (newest first). */
export const DECLARATION_LIST_MAX = 500;

export interface DeclarationSummary {
  readonly id: number;
  readonly declarationNo: string;
  readonly payerKind: 'employer' | 'flexible';
  readonly employerId: number | null;
  readonly personId: number | null;
  readonly kind: 'monthly' | 'annual_base';
  readonly period: string;
  readonly regionCode: string;
  readonly revision: number;
  readonly status: 'submitted' | 'closed';
  readonly channel: DeclarationChannel;
  readonly lineCount: number;
  readonly totalWage: string;
  readonly fileName: string | null;
  readonly submittedAt: string;
  readonly submittedBy: string;
  /** The period's live regular bill, if any. */
  readonly bill: {
    readonly id: number;
    readonly billNo: string;
    readonly status: BillStatus;
    readonly total: string;
    readonly paid: string;
  } | null;
}

interface Row {
  id: number;
  declaration_no: string;
  payer_kind: 'employer' | 'flexible';
  employer_id: number | null;
  person_id: number | null;
  kind: 'monthly' | 'annual_base';
  period: string;
  region_code: string;
  revision: number;
  status: 'submitted' | 'closed';
  channel: DeclarationChannel;
  line_count: number;
  total_wage_fen: number;
  file_name: string | null;
  submitted_at: Date;
  submitted_by: string;
  bill_id: number | null;
  bill_no: string | null;
  bill_status: BillStatus | null;
  bill_total: number | null;
  bill_paid: number | null;
}

function summaryOf(r: Row): DeclarationSummary {
  return {
    id: r.id,
    declarationNo: r.declaration_no,
    payerKind: r.payer_kind,
    employerId: r.employer_id,
    personId: r.person_id,
    kind: r.kind,
    period: r.period,
    regionCode: r.region_code,
    revision: r.revision,
    status: r.status,
    channel: r.channel,
    lineCount: r.line_count,
    totalWage: centsToDecimal(centsFromInteger(r.total_wage_fen)),
    fileName: r.file_name,
    submittedAt: new Date(r.submitted_at).toISOString(),
    submittedBy: r.submitted_by,
    bill:
      r.bill_id === null
        ? null
        : {
            id: r.bill_id,
            billNo: r.bill_no!,
            status: r.bill_status!,
            total: centsToDecimal(centsFromInteger(r.bill_total!)),
            paid: centsToDecimal(centsFromInteger(r.bill_paid!)),
          },
  };
}

/** A filter of the list: a payer (or any payer of a set of employers/persons), a period. */
export interface DeclarationFilter {
  readonly payer?: Payer;
  readonly period?: string;
}

/** Declarations, newest period first, with each period's live regular bill. */
export async function listDeclarations(db: Executor, filter: DeclarationFilter): Promise<DeclarationSummary[]> {
  const cols = filter.payer ? payerColumns(filter.payer) : null;
  const { rows } = await sql<Row>`
    SELECT d.id, d.declaration_no, d.payer_kind, d.employer_id, d.person_id, d.kind, d.period, d.region_code,
           d.revision, d.status, d.channel, d.line_count, d.total_wage_fen, d.file_name, d.submitted_at, d.submitted_by,
           b.id AS bill_id, b.bill_no, b.status AS bill_status, b.total_fen AS bill_total, b.paid_fen AS bill_paid
      FROM contribution_declarations d
      LEFT JOIN contribution_bills b
        ON d.kind = 'monthly' AND b.kind = 'regular' AND b.status <> 'cancelled' AND b.period = d.period
       AND b.payer_kind = d.payer_kind AND coalesce(b.employer_id, 0) = coalesce(d.employer_id, 0)
       AND coalesce(b.person_id, 0) = coalesce(d.person_id, 0)
     WHERE true
       ${cols ? sql`AND d.payer_kind = ${cols.payer_kind} AND coalesce(d.employer_id, 0) = ${cols.employer_id ?? 0} AND coalesce(d.person_id, 0) = ${cols.person_id ?? 0}` : sql``}
       ${filter.period ? sql`AND d.period = ${filter.period}` : sql``}
     ORDER BY d.period DESC, d.id DESC
     LIMIT ${DECLARATION_LIST_MAX}`.execute(db);
  return rows.map(summaryOf);
}

export interface DeclarationDetail extends DeclarationSummary {
  /** The lines of the revision shown (the current one unless asked), masked. */
  readonly shownRevision: number;
  readonly lines: ReadonlyArray<{ personId: number; idMasked: string; name: string; wage: string }>;
  /** Every revision: its line count and total wage. */
  readonly revisions: ReadonlyArray<{ revision: number; lineCount: number; totalWage: string }>;
}

/** One declaration with its lines (masked IDs and names) and its revisions; `payer` limits whose. */
export async function declarationDetail(
  db: Executor,
  id: number,
  payer: Payer | null,
  revision?: number,
): Promise<DeclarationDetail> {
  const head = (await listDeclarationById(db, id))[0];
  const cols = payer ? payerColumns(payer) : null;
  if (
    !head ||
    (cols &&
      (head.payerKind !== cols.payer_kind || head.employerId !== cols.employer_id || head.personId !== cols.person_id))
  )
    throw rejectAssessment('collection_declaration_not_found', { id });
  const shown = revision !== undefined && revision >= 1 && revision <= head.revision ? revision : head.revision;
  const [lines, revisions] = await Promise.all([
    sql<{ person_id: number; id_masked: string; name: string; wage_fen: number }>`
      SELECT l.person_id, p.id_masked, p.name, l.wage_fen FROM declaration_lines l JOIN persons p ON p.person_id = l.person_id
       WHERE l.declaration_id = ${id} AND l.revision = ${shown} ORDER BY l.person_id`.execute(db),
    sql<{ revision: number; n: number; total: number }>`
      SELECT revision, count(*)::int AS n, sum(wage_fen)::bigint AS total FROM declaration_lines
       WHERE declaration_id = ${id} GROUP BY revision ORDER BY revision`.execute(db),
  ]);
  return {
    ...head,
    shownRevision: shown,
    lines: lines.rows.map((l) => ({
      personId: l.person_id,
      idMasked: l.id_masked,
      name: maskName(l.name),
      wage: centsToDecimal(centsFromInteger(l.wage_fen)),
    })),
    revisions: revisions.rows.map((r) => ({
      revision: r.revision,
      lineCount: r.n,
      totalWage: centsToDecimal(centsFromInteger(Number(r.total))),
    })),
  };
}

async function listDeclarationById(db: Executor, id: number): Promise<DeclarationSummary[]> {
  const { rows } = await sql<Row>`
    SELECT d.id, d.declaration_no, d.payer_kind, d.employer_id, d.person_id, d.kind, d.period, d.region_code,
           d.revision, d.status, d.channel, d.line_count, d.total_wage_fen, d.file_name, d.submitted_at, d.submitted_by,
           b.id AS bill_id, b.bill_no, b.status AS bill_status, b.total_fen AS bill_total, b.paid_fen AS bill_paid
      FROM contribution_declarations d
      LEFT JOIN contribution_bills b
        ON d.kind = 'monthly' AND b.kind = 'regular' AND b.status <> 'cancelled' AND b.period = d.period
       AND b.payer_kind = d.payer_kind AND coalesce(b.employer_id, 0) = coalesce(d.employer_id, 0)
       AND coalesce(b.person_id, 0) = coalesce(d.person_id, 0)
     WHERE d.id = ${id}`.execute(db);
  return rows.map(summaryOf);
}

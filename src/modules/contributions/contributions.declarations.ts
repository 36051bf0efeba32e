/**
 * 缴费申报 (declarations): an employer's monthly wages of its employees, an employer's annual bases
 * (regions whose `collection.base_declaration` is 'annual'), a flexible worker's own base. Every
 * channel (hall form and upload, payroll API, window) comes through `declare`:
 *
 * 1. check everything first (period, payer, every line) and refuse with every problem listed;
 * 2. a period already declared gets a new revision (a correction), allowed while the period is open
 *    and its regular bill has no payment (`collection_period_closed`, `collection_bill_paid`);
 * 3. store the declaration and its lines, audit on the employer or the person;
 * 4. a monthly declaration is assessed at once and its bill issued (part B's `issueBill`), all in
 *    the caller's transaction: nothing is half-applied.
 */
import { sql } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { centsToDecimal, sumCents, type Cents } from '../../kernel/cents.ts';
import { firstDayOf, isPeriod, lastDayOf, periodOf, type Period } from '../../kernel/period.ts';
import type { Language } from '../../kernel/rejection.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import { assessDeclaration } from './contributions.assessment.ts';
import { loadAnnualBases, loadCoverage } from './contributions.assessment.queries.ts';
import { rejectAssessment } from './contributions.assessment.rejections.ts';
import { baseBounds, type CollectionParameters } from './contributions.assessment.rules.ts';
import {
  documentNo,
  issueBill,
  payerColumns,
  payerKey,
  rejectPayment,
  type DeclarationChannel,
  type Payer,
} from '../collection/index.ts';
import { baseOf, checkLines, type CheckedLine, type DeclarationLineInput } from './contributions.declarations.lines.ts';
import { rejectDeclaration } from './contributions.declarations.rejections.ts';
import { collectionParameters } from './contributions.parameters.ts';
import { employerPoolingRegion, flexibleRegionInForce, lockRegistration, personHeads } from '../registration/index.ts';

/** Most lines of one declaration (a file); the payroll API allows fewer (API_DECLARATION_LINES_MAX). */
export const DECLARATION_LINES_MAX = 100_000;
/** Lines inserted per statement (4 parameters a line, well under PostgreSQL's 65,535). */
const INSERT_CHUNK = 5_000;

export type DeclarationKind = 'monthly' | 'annual_base';
export type { DeclarationChannel };

/** A declaration as submitted through any channel. */
export interface DeclareInput {
  readonly payer: Payer;
  readonly kind: DeclarationKind;
  /** 'YYYYMM' (monthly) or 'YYYY' (annual base). */
  readonly period: string;
  /** An employer's lines. */
  readonly lines?: readonly DeclarationLineInput[];
  /** A flexible worker's chosen base (decimal string). */
  readonly base?: string;
  readonly channel: DeclarationChannel;
  readonly fileName?: string | null;
  /** 'employer:<account id>', 'person:<account id>', 'staff:<id>', 'apikey:<id>'. */
  readonly submittedBy: string;
  readonly language: Language;
}

/** What a submitted declaration answers. */
export interface DeclarationReceipt {
  readonly declarationId: number;
  readonly declarationNo: string;
  readonly kind: DeclarationKind;
  readonly period: string;
  readonly revision: number;
  readonly lineCount: number;
  readonly totalWage: string;
  /** The bill issued from it (monthly declarations). */
  readonly bill: {
    readonly id: number;
    readonly billNo: string;
    readonly total: string;
    readonly lines: number;
  } | null;
  /** Covered persons the declaration leaves out (not assessed by it): at most 100, masked. */
  readonly notDeclared: ReadonlyArray<{ readonly personId: number; readonly idMasked: string; readonly name: string }>;
}

/** The days of a period: a month, or the base year of an annual declaration. */
function spanOf(kind: DeclarationKind, period: string): { from: CalendarDate; to: CalendarDate; month: Period } {
  if (kind === 'monthly') {
    if (!isPeriod(period)) throw rejectDeclaration('collection_period_invalid', { period: period.slice(0, 10) });
    return { from: firstDayOf(period), to: lastDayOf(period), month: period };
  }
  if (!/^\d{4}$/.test(period) || !isPeriod(`${period}01`))
    throw rejectDeclaration('collection_period_invalid', { period: period.slice(0, 10) });
  return {
    from: firstDayOf(`${period}01` as Period),
    to: lastDayOf(`${period}12` as Period),
    month: `${period}01` as Period,
  };
}

/** The payer's pooling region, its row locked so that two declarations of one payer queue. */
async function lockPayer(trx: Trx, payer: Payer, span: { from: CalendarDate; to: CalendarDate }): Promise<string> {
  if (payer.kind === 'employer') {
    const region = await employerPoolingRegion(trx, payer.employerId, 'update');
    if (region === undefined) throw rejectPayment('collection_payer_not_found', { employerId: payer.employerId });
    return region;
  }
  if (!(await lockRegistration(trx, { personId: payer.personId })))
    throw rejectPayment('collection_payer_not_found', { personId: payer.personId });
  const region = await flexibleRegionInForce(trx, payer.personId, span);
  if (region === undefined) throw rejectDeclaration('collection_not_flexible_worker', { personId: payer.personId });
  return region;
}

/** Refuses a period after the current month, or one the month close has closed. */
async function checkPeriodOpen(
  trx: Trx,
  ctx: AppContext,
  region: string,
  kind: DeclarationKind,
  period: string,
): Promise<void> {
  const current = periodOf(today(ctx.clock));
  const future = kind === 'monthly' ? period > current : period > current.slice(0, 4);
  if (future) throw rejectDeclaration('collection_period_future', { period, current });
  if (kind !== 'monthly') return;
  const state = await trx
    .selectFrom('collection_periods')
    .select('status')
    .where('region_code', '=', region)
    .where('period', '=', period)
    .executeTakeFirst();
  if (state?.status === 'closed') throw rejectDeclaration('collection_period_closed', { region, period });
}

/** The lines of an employer's declaration, checked; refused whole with every bad line. */
async function employerLines(
  trx: Trx,
  ctx: AppContext,
  input: DeclareInput,
  employerId: number,
  span: { from: CalendarDate; to: CalendarDate },
  params: CollectionParameters,
): Promise<CheckedLine[]> {
  const lines = input.lines ?? [];
  if (lines.length === 0) throw rejectDeclaration('collection_declaration_file_empty');
  if (lines.length > DECLARATION_LINES_MAX)
    throw rejectDeclaration('collection_declaration_too_many_lines', { max: DECLARATION_LINES_MAX });
  // Where bases are declared annually, a monthly line may leave the wage out: the year's base applies.
  const annualBases =
    input.kind === 'monthly' && params.baseDeclaration === 'annual'
      ? ((await loadAnnualBases(trx, [employerId], input.period.slice(0, 4))).get(`employer:${employerId}`) ??
        new Map())
      : null;
  const result = await checkLines(trx, ctx.keys, lines, {
    employerId,
    from: span.from,
    to: span.to,
    today: today(ctx.clock),
    ceiling: baseBounds(params).ceiling,
    annualBases,
    language: input.language,
  });
  if (!result.ok)
    throw rejectDeclaration('collection_declaration_rows_rejected', {
      errors: result.errors.slice(0, 1_000),
      errorCount: result.errors.length,
    });
  return result.lines;
}

/** A flexible worker's own line: the chosen base, within the period's floor and ceiling. */
function flexibleLine(input: DeclareInput, personId: number, params: CollectionParameters): CheckedLine[] {
  const bounds = baseBounds(params);
  const base = baseOf(input.base ?? '', bounds.ceiling);
  if (typeof base === 'string') throw rejectDeclaration(base);
  if (base < bounds.floor || base > bounds.ceiling)
    throw rejectAssessment('collection_flexible_base_out_of_range', {
      floor: centsToDecimal(bounds.floor),
      ceiling: centsToDecimal(bounds.ceiling),
    });
  return [{ personId, wage: base }];
}

interface ExistingDeclaration {
  readonly id: number;
  readonly revision: number;
  readonly status: 'submitted' | 'closed';
}

/** The payer's declaration of this kind and period, locked; refused when it can no longer change. */
async function existingDeclaration(trx: Trx, input: DeclareInput): Promise<ExistingDeclaration | null> {
  const cols = payerColumns(input.payer);
  const row = await trx
    .selectFrom('contribution_declarations')
    .select(['id', 'revision', 'status'])
    .where('payer_kind', '=', cols.payer_kind)
    .where(
      sql<boolean>`coalesce(employer_id, 0) = ${cols.employer_id ?? 0} AND coalesce(person_id, 0) = ${cols.person_id ?? 0}`,
    )
    .where('kind', '=', input.kind)
    .where('period', '=', input.period)
    .forUpdate()
    .executeTakeFirst();
  if (!row) return null;
  if (row.status === 'closed') throw rejectDeclaration('collection_period_closed', { period: input.period });
  if (input.kind === 'monthly') {
    const paid = await trx
      .selectFrom('contribution_bills')
      .select('id')
      .where('payer_kind', '=', cols.payer_kind)
      .where(
        sql<boolean>`coalesce(employer_id, 0) = ${cols.employer_id ?? 0} AND coalesce(person_id, 0) = ${cols.person_id ?? 0}`,
      )
      .where('period', '=', input.period)
      .where('kind', '=', 'regular')
      .where('status', '<>', 'cancelled')
      .where('paid_fen', '>', 0)
      .executeTakeFirst();
    if (paid) throw rejectPayment('collection_bill_paid', { billIds: [paid.id] });
  }
  return row;
}

/** Writes the declaration (new, or the next revision) and its lines; answers id and revision. */
async function store(
  trx: Trx,
  ctx: AppContext,
  input: DeclareInput,
  region: string,
  existing: ExistingDeclaration | null,
  lines: readonly CheckedLine[],
): Promise<{ id: number; revision: number; declarationNo: string; total: Cents }> {
  const total = sumCents(lines.map((l) => l.wage));
  const now = ctx.clock.now();
  const common = {
    channel: input.channel,
    line_count: lines.length,
    total_wage_fen: total,
    file_name: input.fileName ?? null,
    submitted_at: now,
    submitted_by: input.submittedBy,
  };
  let id: number;
  let revision: number;
  if (existing) {
    id = existing.id;
    revision = existing.revision + 1;
    await trx
      .updateTable('contribution_declarations')
      .set({ ...common, revision })
      .where('id', '=', id)
      .execute();
  } else {
    const { rows } = await sql<{ id: number }>`
      SELECT nextval(pg_get_serial_sequence('contribution_declarations', 'id')) AS id`.execute(trx);
    id = Number(rows[0]!.id);
    revision = 1;
    await sql`
      INSERT INTO contribution_declarations (id, declaration_no, payer_kind, employer_id, person_id, kind, period,
        region_code, revision, channel, line_count, total_wage_fen, file_name, submitted_at, submitted_by)
      OVERRIDING SYSTEM VALUE
      VALUES (${id}, ${documentNo('declaration', input.period, id)}, ${payerColumns(input.payer).payer_kind},
        ${payerColumns(input.payer).employer_id}, ${payerColumns(input.payer).person_id}, ${input.kind}, ${input.period},
        ${region}, 1, ${common.channel}, ${common.line_count}, ${common.total_wage_fen}, ${common.file_name},
        ${now}, ${common.submitted_by})`.execute(trx);
  }
  for (let i = 0; i < lines.length; i += INSERT_CHUNK)
    await trx
      .insertInto('declaration_lines')
      .values(
        lines
          .slice(i, i + INSERT_CHUNK)
          .map((l) => ({ declaration_id: id, revision, person_id: l.personId, wage_fen: l.wage })),
      )
      .execute();
  return { id, revision, declarationNo: documentNo('declaration', input.period, id), total };
}

/** Covered persons the declaration leaves out (masked), for the submitter to see. */
async function notDeclaredOf(
  trx: Trx,
  payer: Payer,
  period: Period,
  lines: readonly CheckedLine[],
): Promise<DeclarationReceipt['notDeclared']> {
  const covered = (await loadCoverage(trx, [payer], period)).coverage.get(payerKey(payer));
  if (!covered) return [];
  const declared = new Set(lines.map((l) => l.personId));
  const missing = [...covered.keys()]
    .filter((id) => !declared.has(id))
    .sort((a, b) => a - b)
    .slice(0, 100);
  if (missing.length === 0) return [];
  const heads = await personHeads(trx, missing);
  return [...heads].map(([personId, h]) => ({ personId, idMasked: h.code, name: maskName(h.name) }));
}

/** A name as lists show it: the family name, the rest starred. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length <= 1) return `${chars[0] ?? ''}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/**
 * Checks, stores, audits, assesses and bills one declaration in the caller's transaction. Refuses
 * (nothing written) with a named code; bad lines with `collection_declaration_rows_rejected`.
 */
export async function declare(
  trx: Trx,
  ctx: AppContext,
  actor: AuditActor,
  input: DeclareInput,
): Promise<DeclarationReceipt> {
  const span = spanOf(input.kind, input.period);
  const region = await lockPayer(trx, input.payer, span);
  await checkPeriodOpen(trx, ctx, region, input.kind, input.period);
  const params = await collectionParameters(trx, region, span.month);
  if (input.kind === 'annual_base' && (params.baseDeclaration !== 'annual' || input.payer.kind !== 'employer'))
    throw rejectDeclaration('collection_annual_base_not_used', { region });
  const lines =
    input.payer.kind === 'employer'
      ? await employerLines(trx, ctx, input, input.payer.employerId, span, params)
      : flexibleLine(input, input.payer.personId, params);
  const existing = await existingDeclaration(trx, input);
  const stored = await store(trx, ctx, input, region, existing, lines);
  await appendAudit(trx, ctx.clock, actor, {
    action: existing ? 'collection.declaration.correct' : 'collection.declaration.submit',
    entity: input.payer.kind === 'employer' ? 'employer' : 'person',
    entityId: input.payer.kind === 'employer' ? input.payer.employerId : input.payer.personId,
    details: {
      declarationId: stored.id,
      declarationNo: stored.declarationNo,
      kind: input.kind,
      period: input.period,
      revision: stored.revision,
      channel: input.channel,
      lines: lines.length,
      totalWageFen: stored.total,
      ...(input.fileName ? { fileName: input.fileName } : {}),
    },
  });
  let bill: DeclarationReceipt['bill'] = null;
  let notDeclared: DeclarationReceipt['notDeclared'] = [];
  if (input.kind === 'monthly') {
    const assessment = await assessDeclaration(trx, stored.id);
    const issued = await issueBill(trx, ctx, assessment, { actor });
    bill = { id: issued.id, billNo: issued.billNo, total: centsToDecimal(issued.total), lines: issued.lineCount };
    notDeclared = await notDeclaredOf(trx, input.payer, span.month, lines);
  }
  return {
    declarationId: stored.id,
    declarationNo: stored.declarationNo,
    kind: input.kind,
    period: input.period,
    revision: stored.revision,
    lineCount: lines.length,
    totalWage: centsToDecimal(stored.total),
    bill,
    notDeclared,
  };
}

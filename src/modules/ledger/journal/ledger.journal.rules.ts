/**
 * Pure rules of posting: what makes a request bookable on its own (balanced, bounded, dated), the
 * checks against the loaded accounts, and the content hash that makes idempotency keys safe.
 */
import { isCalendarDate } from '../../../kernel/calendar-date.ts';
import { comparePeriods, isPeriod, type Period } from '../../../kernel/period.ts';
import { sm3 } from '../../../kernel/sm-crypto.ts';
import { ledgerLimits, type AccountRef, type PostingRequest, type Side } from '../ledger.model.ts';
import type { LedgerCode } from '../ledger.rejections.ts';

/** A posting request as the journal books it: reversals also name the entry they reverse. */
export interface JournalRequest extends PostingRequest {
  readonly reversesEntryId?: number | null;
}

/** One fault of one request (its index in the call), collected so a refusal lists them all. */
export interface PostingProblem {
  readonly index: number;
  readonly idempotencyKey: string;
  readonly code: LedgerCode;
  /** 0-based line index, when the fault is a line's. */
  readonly line?: number;
}

const sourceLengthMax = 200;

/** The account code '<fund>.<kind>.<region>' of a reference. */
export function accountCode(ref: AccountRef): string {
  return `${ref.fund}.${ref.kind}.${ref.region}`;
}

/** Every fault a request has on its own, before anything is loaded; `current` is this month. */
export function requestProblems(request: JournalRequest, index: number, current: Period): PostingProblem[] {
  const problems: PostingProblem[] = [];
  const key = typeof request.idempotencyKey === 'string' ? request.idempotencyKey : '';
  const add = (code: LedgerCode, line?: number) =>
    problems.push(
      line === undefined ? { index, idempotencyKey: key, code } : { index, idempotencyKey: key, code, line },
    );
  if (key.length === 0 || key.length > ledgerLimits.idempotencyKeyLengthMax) add('ledger_idempotency_key_invalid');
  if (request.reason.trim().length === 0 || request.reason.length > ledgerLimits.reasonLengthMax)
    add('ledger_reason_invalid');
  if (!boundedText(request.sourceModule) || !boundedText(request.sourceRef)) add('ledger_source_invalid');
  if (!isCalendarDate(request.effectiveOn)) add('ledger_effective_date_invalid');
  const period = request.period ?? null;
  if (period !== null && (!isPeriod(period) || comparePeriods(period, current) > 0)) add('ledger_period_invalid');
  problems.push(...lineProblems(request, index, key));
  return problems;
}

function boundedText(value: string): boolean {
  return value.length > 0 && value.length <= sourceLengthMax;
}

function lineProblems(request: JournalRequest, index: number, key: string): PostingProblem[] {
  const lines = request.lines;
  const problems: PostingProblem[] = [];
  if (lines.length < 2 || lines.length > ledgerLimits.linesPerEntryMax)
    problems.push({ index, idempotencyKey: key, code: 'ledger_lines_count_invalid' });
  let debit = 0;
  let credit = 0;
  let amountsValid = true;
  lines.forEach((line, i) => {
    if (!Number.isSafeInteger(line.amount) || line.amount <= 0) {
      amountsValid = false;
      problems.push({ index, idempotencyKey: key, code: 'ledger_amount_invalid', line: i });
    } else if (line.side === 'debit') debit += line.amount;
    else credit += line.amount;
    const personLine = line.personId !== undefined && line.personId !== null;
    if (personLine !== (line.account.kind === 'individual_liability'))
      problems.push({ index, idempotencyKey: key, code: 'ledger_person_line_invalid', line: i });
  });
  // Sums of up to 1,000 safe amounts can leave the safe range: compare only trustworthy totals.
  const totalsSafe = Number.isSafeInteger(debit) && Number.isSafeInteger(credit);
  if (amountsValid && (!totalsSafe || debit !== credit))
    problems.push({ index, idempotencyKey: key, code: 'ledger_entry_unbalanced' });
  return problems;
}

/** Requests whose key appeared earlier in the same call. */
export function duplicateKeyProblems(requests: readonly JournalRequest[]): PostingProblem[] {
  const seen = new Set<string>();
  const problems: PostingProblem[] = [];
  requests.forEach((request, index) => {
    if (seen.has(request.idempotencyKey))
      problems.push({ index, idempotencyKey: request.idempotencyKey, code: 'ledger_idempotency_key_duplicated' });
    seen.add(request.idempotencyKey);
  });
  return problems;
}

/** What the journal knows about an account when it checks lines against it. */
export interface LoadedAccount {
  readonly id: number;
  readonly status: 'open' | 'closed';
}

/** Faults of the lines against the loaded accounts and individual accounts. */
export function accountProblems(
  requests: readonly { readonly index: number; readonly request: JournalRequest }[],
  accounts: ReadonlyMap<string, LoadedAccount>,
  individuals: ReadonlyMap<string, 'open' | 'closed'>,
): PostingProblem[] {
  const problems: PostingProblem[] = [];
  for (const { index, request } of requests) {
    request.lines.forEach((line, i) => {
      const problem = (code: LedgerCode) =>
        problems.push({ index, idempotencyKey: request.idempotencyKey, code, line: i });
      const account = accounts.get(accountCode(line.account));
      if (!account) problem('ledger_account_unknown');
      else if (account.status !== 'open') problem('ledger_account_closed');
      if (line.personId === undefined || line.personId === null) return;
      const status = individuals.get(individualKey(line.personId, line.account.fund));
      if (!status) problem('ledger_individual_account_unknown');
      else if (status !== 'open') problem('ledger_individual_account_closed');
    });
  }
  return problems;
}

/** Map key of an individual account. */
export function individualKey(personId: number, fund: string): string {
  return `${personId}:${fund}`;
}

/** SM3 of the canonical request: the same key with the same content is a replay, not a conflict. */
export function contentHash(request: JournalRequest): string {
  const lines = request.lines.map((l) => [
    l.account.fund,
    l.account.kind,
    l.account.region,
    l.side,
    l.amount,
    l.personId ?? null,
  ]);
  return sm3(
    JSON.stringify([
      'shebao-posting-request-v1',
      request.idempotencyKey,
      request.effectiveOn,
      request.period ?? null,
      request.sourceModule,
      request.sourceRef,
      request.reason,
      request.reversesEntryId ?? null,
      lines,
    ]),
  );
}

/** The lines of an entry with debit and credit swapped: the body of its reversal. */
export function swapSide(side: Side): Side {
  return side === 'debit' ? 'credit' : 'debit';
}

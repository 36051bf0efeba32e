/**
 * Pure rules of the annual rights statement (个人权益记录单): its number and verification code, the
 * canonical content (months by scheme, account movements, cumulative months), its SM3 digest and
 * its parts' digests (so a check names the part that differs), and how a journal entry is classed
 * among an account's movements. No I/O: `ledger.statements.ts` loads the rows.
 */
import crypto from 'node:crypto';
import { addCents, centsToDecimal, subCents, zeroCents, type Cents } from '../../../kernel/cents.ts';
import { sm3 } from '../../../kernel/sm-crypto.ts';
import { canonicalJson } from '../../audit/index.ts';
import { FUNDS, INDIVIDUAL_FUNDS, type Fund, type IndividualFund, type RightsStatus } from '../ledger.model.ts';

/** Format version of the canonical statement; part of the digest, so a new layout never collides. */
export const STATEMENT_FORMAT_VERSION = 1;
/** Largest yearly sequence a statement number can hold (8 digits). */
export const STATEMENT_SEQUENCE_MAX = 99_999_999;
/** 'S', the statement year, an 8-digit sequence within that year: S202500000001. */
export const STATEMENT_NUMBER_PATTERN = /^S\d{4}\d{8}$/;
/** Years a statement may be asked for: the ledger holds nothing before the 1990s reforms. */
export const STATEMENT_YEAR_MIN = 1990;
export const STATEMENT_YEAR_MAX = 2200;

/** The statement number: 'S', the year the statement covers, its 8-digit sequence in that year. */
export function statementNumber(year: number, sequence: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new Error(`year ${year} is not 4 digits`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > STATEMENT_SEQUENCE_MAX)
    throw new Error(`statement sequence ${sequence} is outside 1–${STATEMENT_SEQUENCE_MAX}`);
  return `S${year}${String(sequence).padStart(8, '0')}`;
}

/**
 * Verification code alphabet: digits and upper-case letters without 0/O, 1/I/L, which are misread
 * when typed from paper (the same alphabet as certificates). 31 symbols, 8 of them: ~2^39.6 codes.
 */
export const STATEMENT_CODE_ALPHABET = '23456789ABCDEFGHJKMNPQRSTUVWXYZ';
export const STATEMENT_CODE_LENGTH = 8;

/** A fresh verification code drawn uniformly with the system CSPRNG. */
export function newStatementCode(): string {
  let code = '';
  for (let i = 0; i < STATEMENT_CODE_LENGTH; i++)
    code += STATEMENT_CODE_ALPHABET[crypto.randomInt(STATEMENT_CODE_ALPHABET.length)];
  return code;
}

/** Compares a typed code (trimmed, any case) with the stored one in constant time. */
export function statementCodeMatches(stored: string, typed: string): boolean {
  const a = Buffer.from(stored);
  const b = Buffer.from(typed.trim().toUpperCase());
  return a.length === b.length && crypto.timingSafeEqual(a, b);
}

/** A name as a stranger checking a statement may see it: the family name, the rest starred. */
export function maskName(name: string): string {
  const chars = [...name.trim()];
  if (chars.length === 0) return '*';
  if (chars.length === 1) return `${chars[0]}*`;
  return `${chars[0]}${'*'.repeat(chars.length - 1)}`;
}

/** '202503' → '2025-03': the label a reader (and a text extraction) finds for each month. */
export function monthLabel(period: string): string {
  return `${period.slice(0, 4)}-${period.slice(4, 6)}`;
}

/** The twelve periods of a year, January first. */
export function periodsOfYear(year: number): string[] {
  return Array.from({ length: 12 }, (_, i) => `${year}${String(i + 1).padStart(2, '0')}`);
}

/** A rights record as the statement needs it (amounts in fen). */
export interface StatementRecordFact {
  readonly scheme: Fund;
  readonly period: string;
  readonly status: RightsStatus;
  readonly employerName: string | null;
  readonly base: Cents;
  readonly employer: Cents;
  readonly employee: Cents;
  readonly accountCredit: Cents;
}

export type MovementCategory = 'contributions' | 'interest' | 'transfers' | 'other';

/** Which column of the statement an entry's amount on a person's account goes to. */
export function movementCategory(entry: {
  readonly kind: 'posting' | 'reversal';
  readonly sourceModule: string;
  readonly idempotencyKey: string;
}): MovementCategory {
  // A reversal is a correction, whatever it reverses: shown apart so credits stay as they were booked.
  if (entry.kind === 'reversal') return 'other';
  if (entry.sourceModule === 'interest' || entry.idempotencyKey.startsWith('interest:')) return 'interest';
  if (entry.sourceModule === 'transfer') return 'transfers';
  if (entry.idempotencyKey.startsWith('contribution:')) return 'contributions';
  return 'other';
}

/** One line on a person's individual account within the year. */
export interface AccountLineFact {
  readonly fund: IndividualFund;
  readonly side: 'debit' | 'credit';
  readonly amount: Cents;
  readonly category: MovementCategory;
}

/** One row of the months table: a month, a scheme and a payer. Amounts are decimal strings. */
export interface StatementMonth {
  readonly month: string;
  readonly scheme: Fund;
  readonly employerName: string | null;
  readonly base: string;
  readonly employer: string;
  readonly employee: string;
  readonly accountCredit: string;
  readonly status: RightsStatus;
}

/** An individual account's year: opening at the end of the previous year, movements, closing. */
export interface StatementAccount {
  readonly fund: IndividualFund;
  readonly opening: string;
  readonly contributions: string;
  readonly interest: string;
  readonly transfers: string;
  readonly other: string;
  readonly closing: string;
}

/** The canonical statement: everything printed on it, and nothing that changes when it is reprinted. */
export interface Statement {
  readonly format: number;
  readonly year: number;
  readonly person: { readonly personId: number; readonly name: string; readonly idMasked: string };
  readonly agencyName: string;
  readonly months: readonly StatementMonth[];
  readonly accounts: readonly StatementAccount[];
  /** Distinct counting months per scheme from the first record to December of the year. */
  readonly cumulativeMonths: Readonly<Record<Fund, number>>;
}

export interface StatementInput {
  readonly year: number;
  readonly person: Statement['person'];
  readonly agencyName: string;
  /** The year's records (current, or as known when the statement was issued). */
  readonly records: readonly StatementRecordFact[];
  readonly balances: ReadonlyArray<{ fund: IndividualFund; opening: Cents; closing: Cents }>;
  readonly lines: readonly AccountLineFact[];
  readonly cumulativeMonths: Readonly<Record<Fund, number>>;
}

const schemeOrder = (scheme: Fund) => FUNDS.indexOf(scheme);

function monthRow(r: StatementRecordFact): StatementMonth {
  return {
    month: monthLabel(r.period),
    scheme: r.scheme,
    employerName: r.employerName,
    base: centsToDecimal(r.base),
    employer: centsToDecimal(r.employer),
    employee: centsToDecimal(r.employee),
    accountCredit: centsToDecimal(r.accountCredit),
    status: r.status,
  };
}

function compareMonths(a: StatementMonth, b: StatementMonth): number {
  if (a.month !== b.month) return a.month < b.month ? -1 : 1;
  if (a.scheme !== b.scheme) return schemeOrder(a.scheme) - schemeOrder(b.scheme);
  const x = a.employerName ?? '';
  const y = b.employerName ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
}

/** An account's movements: credits add, debits take away (the liability is credit-normal). */
function accountOf(
  fund: IndividualFund,
  balance: { opening: Cents; closing: Cents },
  lines: readonly AccountLineFact[],
): StatementAccount {
  const sums: Record<MovementCategory, Cents> = {
    contributions: zeroCents,
    interest: zeroCents,
    transfers: zeroCents,
    other: zeroCents,
  };
  for (const line of lines) {
    if (line.fund !== fund) continue;
    const current = sums[line.category];
    sums[line.category] = line.side === 'credit' ? addCents(current, line.amount) : subCents(current, line.amount);
  }
  return {
    fund,
    opening: centsToDecimal(balance.opening),
    contributions: centsToDecimal(sums.contributions),
    interest: centsToDecimal(sums.interest),
    transfers: centsToDecimal(sums.transfers),
    other: centsToDecimal(sums.other),
    closing: centsToDecimal(balance.closing),
  };
}

/** Assembles the canonical statement from what the service loaded. */
export function buildStatement(input: StatementInput): Statement {
  const months = input.records.map(monthRow).sort(compareMonths);
  const accounts = INDIVIDUAL_FUNDS.map((fund) => {
    const balance = input.balances.find((b) => b.fund === fund) ?? { opening: zeroCents, closing: zeroCents };
    return accountOf(fund, balance, input.lines);
  });
  return {
    format: STATEMENT_FORMAT_VERSION,
    year: input.year,
    person: input.person,
    agencyName: input.agencyName,
    months,
    accounts,
    cumulativeMonths: { ...input.cumulativeMonths },
  };
}

/** SM3 of the canonical JSON of a statement (keys sorted at every depth). */
export function statementHash(statement: Statement): string {
  return sm3(canonicalJson(statement));
}

/** The parts of a statement a check names when it finds a difference. */
export const STATEMENT_PARTS = ['header', 'holder', 'months', 'accounts', 'cumulativeMonths'] as const;
export type StatementPart = (typeof STATEMENT_PARTS)[number];

/** SM3 of each part's canonical JSON: together they cover every field of the statement. */
export function statementPartHashes(statement: Statement): Record<StatementPart, string> {
  const parts: Record<StatementPart, unknown> = {
    header: { format: statement.format, year: statement.year },
    holder: { person: statement.person, agencyName: statement.agencyName },
    months: statement.months,
    accounts: statement.accounts,
    cumulativeMonths: statement.cumulativeMonths,
  };
  return Object.fromEntries(STATEMENT_PARTS.map((part) => [part, sm3(canonicalJson(parts[part]))])) as Record<
    StatementPart,
    string
  >;
}

/**
 * The parts in which a statement rendered again differs from the one issued: none when the
 * digests match; else the parts whose digests differ, or every part when the issued statement kept
 * none (statements issued before parts were kept).
 */
export function differingParts(
  issued: { readonly contentHash: string; readonly partHashes: Partial<Record<string, string>> | null },
  rendered: Statement,
): StatementPart[] {
  if (statementHash(rendered) === issued.contentHash) return [];
  const kept = issued.partHashes;
  if (kept === null) return [...STATEMENT_PARTS];
  const now = statementPartHashes(rendered);
  return STATEMENT_PARTS.filter((part) => kept[part] !== now[part]);
}

/**
 * `shebao check-id` and `shebao check-uscc`: validate citizen ID numbers (GB 11643) or unified
 * social credit codes (GB 32100) one at a time or, with the value `-`, one a line from stdin,
 * printing one JSON object a line. Exit code 0 when every value is valid, 1 otherwise.
 */
import { StringDecoder } from 'node:string_decoder';
import type { CalendarDate } from '../kernel/calendar-date.ts';
import { checkCitizenId } from '../kernel/citizen-id.ts';
import { checkCreditCode } from '../kernel/credit-code.ts';

export type IdentifierKind = 'id' | 'uscc';

export interface IdentifierCheckIo {
  readonly stdin: NodeJS.ReadableStream;
  readonly stdout: NodeJS.WritableStream;
  /** Bounds citizen birth dates; the CLI passes today in Asia/Shanghai. */
  readonly today: CalendarDate;
}

interface ReportBase {
  value: string;
  valid: boolean;
  normalized: string | null;
  reason: string | null;
}

/** One output line for a citizen ID; fields that do not apply are null. */
export interface CitizenIdReport extends ReportBase {
  birthDate: string | null;
  gender: 'male' | 'female' | null;
  division: string | null;
}

/** One output line for a credit code; fields that do not apply are null. */
export interface CreditCodeReport extends ReportBase {
  authority: string | null;
  entityType: string | null;
  division: string | null;
}

/** Longer lines cannot be identifiers; keeping only this much bounds memory on a runaway line. */
const lineLengthMax = 1024;
/** Output is written in chunks of about this size: one write per line would dominate the run time. */
const outputChunkChars = 64 * 1024;

/** Runs the check for `value` (or every stdin line when it is `-`) and returns the exit code. */
export async function runIdentifierCheck(kind: IdentifierKind, value: string, io: IdentifierCheckIo): Promise<number> {
  const output = new ChunkedWriter(io.stdout);
  let allValid = true;
  const report = (line: string): void => {
    const result = identifierReport(kind, line, io.today);
    allValid &&= result.valid;
    output.push(`${JSON.stringify(result)}\n`);
  };
  if (value === '-') {
    for await (const line of readLines(io.stdin)) {
      report(line);
      await output.flushIfFull();
    }
  } else {
    report(value);
  }
  await output.flush();
  return allValid ? 0 : 1;
}

/** The JSON report for one value (trimmed before checking). */
export function identifierReport(
  kind: IdentifierKind,
  raw: string,
  today: CalendarDate,
): CitizenIdReport | CreditCodeReport {
  const value = raw.trim();
  return kind === 'id' ? citizenIdReport(value, today) : creditCodeReport(value);
}

function citizenIdReport(value: string, today: CalendarDate): CitizenIdReport {
  const result = checkCitizenId(value, today);
  if (!result.valid) {
    return {
      value,
      valid: false,
      normalized: null,
      reason: result.reason,
      birthDate: null,
      gender: null,
      division: null,
    };
  }
  const { normalized, birthDate, gender, division } = result;
  return { value, valid: true, normalized, reason: null, birthDate, gender, division };
}

function creditCodeReport(value: string): CreditCodeReport {
  const result = checkCreditCode(value);
  if (!result.valid) {
    return {
      value,
      valid: false,
      normalized: null,
      reason: result.reason,
      authority: null,
      entityType: null,
      division: null,
    };
  }
  const { normalized, authority, entityType, division } = result;
  return { value, valid: true, normalized, reason: null, authority, entityType, division };
}

/**
 * The lines of a stream, split on LF (a CR before it goes with the trim). Every line is yielded,
 * empty ones too, so output line n answers input line n; a single newline at the very end does
 * not start another line. Lines are cut at `lineLengthMax` characters.
 */
async function* readLines(input: NodeJS.ReadableStream): AsyncGenerator<string> {
  const decoder = new StringDecoder('utf8');
  let pending = '';
  for await (const chunk of input) {
    const lines = (pending + (typeof chunk === 'string' ? chunk : decoder.write(chunk))).split('\n');
    pending = (lines.pop() as string).slice(0, lineLengthMax + 1);
    for (const line of lines) yield line.slice(0, lineLengthMax + 1);
  }
  pending += decoder.end();
  if (pending !== '') yield pending.slice(0, lineLengthMax + 1);
}

/** Collects output and writes it in large chunks, waiting for `drain` when the stream is full. */
class ChunkedWriter {
  private parts: string[] = [];
  private size = 0;

  constructor(private readonly stream: NodeJS.WritableStream) {}

  push(text: string): void {
    this.parts.push(text);
    this.size += text.length;
  }

  async flushIfFull(): Promise<void> {
    if (this.size >= outputChunkChars) await this.flush();
  }

  async flush(): Promise<void> {
    if (this.parts.length === 0) return;
    const text = this.parts.join('');
    this.parts = [];
    this.size = 0;
    if (!this.stream.write(text)) await new Promise<void>((resolve) => this.stream.once('drain', resolve));
  }
}

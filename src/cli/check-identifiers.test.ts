import { Readable, Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { parseCalendarDate } from '../kernel/calendar-date.ts';
import { identifierReport, runIdentifierCheck, type IdentifierKind } from './check-identifiers.ts';

const today = parseCalendarDate('2025-06-01');

/** A stdout that records what it receives; a small high-water mark exercises back-pressure. */
function recorder(highWaterMark = 16 * 1024): { stream: Writable; text: () => string; writes: () => number } {
  const chunks: string[] = [];
  const stream = new Writable({
    highWaterMark,
    write(chunk: Buffer, _encoding, done) {
      chunks.push(chunk.toString('utf8'));
      setImmediate(done);
    },
  });
  return { stream, text: () => chunks.join(''), writes: () => chunks.length };
}

async function run(kind: IdentifierKind, value: string, input: (string | Buffer)[] = [], highWaterMark?: number) {
  const out = recorder(highWaterMark);
  const code = await runIdentifierCheck(kind, value, { stdin: Readable.from(input), stdout: out.stream, today });
  const lines = out.text().split('\n');
  expect(lines.pop()).toBe('');
  return { code, reports: lines.map((line) => JSON.parse(line) as Record<string, unknown>), writes: out.writes() };
}

describe('one value', () => {
  it('prints a valid citizen ID with its details and exits 0', async () => {
    const { code, reports } = await run('id', '11010519491231002x');
    expect(code).toBe(0);
    expect(reports).toEqual([
      {
        value: '11010519491231002x',
        valid: true,
        normalized: '11010519491231002X',
        reason: null,
        birthDate: '1949-12-31',
        gender: 'female',
        division: '110105',
      },
    ]);
  });

  it('prints an invalid citizen ID with nulls and exits 1', async () => {
    const { code, reports } = await run('id', '110105194912310021');
    expect(code).toBe(1);
    expect(reports).toEqual([
      {
        value: '110105194912310021',
        valid: false,
        normalized: null,
        reason: 'bad_checksum',
        birthDate: null,
        gender: null,
        division: null,
      },
    ]);
  });

  it.each([
    [
      '91110000600037341L',
      0,
      {
        valid: true,
        normalized: '91110000600037341L',
        reason: null,
        authority: '9',
        entityType: '1',
        division: '110000',
      },
    ],
    [
      '91110000600037341I',
      1,
      { valid: false, normalized: null, reason: 'bad_characters', authority: null, entityType: null, division: null },
    ],
  ])('checks the credit code %s', async (value, exitCode, fields) => {
    const { code, reports } = await run('uscc', value);
    expect(code).toBe(exitCode);
    expect(reports).toEqual([{ value, ...fields }]);
  });

  it('trims the value it reports and checks', () => {
    expect(identifierReport('id', ' 11010519491231002X\r', today)).toMatchObject({
      value: '11010519491231002X',
      valid: true,
    });
  });
});

describe('stdin, one value a line', () => {
  it('answers every line in order, empty lines included, and exits 1 when any is invalid', async () => {
    const input = ['11010519491231002X\n', '\n', ' 440524188001010014 \r\n', 'nonsense\n'];
    const { code, reports } = await run('id', '-', input);
    expect(code).toBe(1);
    expect(reports.map((report) => [report.value, report.valid, report.reason])).toEqual([
      ['11010519491231002X', true, null],
      ['', false, 'wrong_length'],
      ['440524188001010014', true, null],
      ['nonsense', false, 'wrong_length'],
    ]);
  });

  it('exits 0 when every line is valid; the last line needs no newline', async () => {
    const { code, reports } = await run('uscc', '-', ['91110000600037341L\n91310000MA1FL1234Q']);
    expect(code).toBe(0);
    expect(reports).toHaveLength(2);
  });

  it('ignores a single trailing newline but reports a blank line before it', async () => {
    expect((await run('id', '-', ['11010519491231002X\n'])).reports).toHaveLength(1);
    const blank = await run('id', '-', ['11010519491231002X\n\n']);
    expect(blank.reports).toHaveLength(2);
    expect(blank.code).toBe(1);
  });

  it('prints nothing and exits 0 for empty input', async () => {
    const out = recorder();
    const code = await runIdentifierCheck('id', '-', { stdin: Readable.from([]), stdout: out.stream, today });
    expect(code).toBe(0);
    expect(out.text()).toBe('');
  });

  it('joins lines and UTF-8 characters split across chunks', async () => {
    const bytes = Buffer.from('1101051949\n１２3\n', 'utf8');
    const input = ['11010519', ...[...bytes].map((byte) => Buffer.from([byte]))];
    const { reports } = await run('id', '-', input);
    expect(reports.map((report) => report.value)).toEqual(['110105191101051949', '１２3']);
    expect(reports[0]).toMatchObject({ valid: false, reason: 'bad_checksum' });
  });

  it('cuts a runaway line instead of buffering it whole', async () => {
    const { reports } = await run('id', '-', ['x'.repeat(3000), 'y'.repeat(3000), '\n', 'z'.repeat(5000) + '\nend']);
    expect(reports.map((report) => (report.value as string).length)).toEqual([1025, 1025, 3]);
    expect(reports[0]).toMatchObject({ reason: 'wrong_length' });
  });

  it('writes in large chunks and waits for a slow stdout', async () => {
    const lines = Array.from({ length: 5000 }, () => '11010519491231002X\n');
    const { code, reports, writes } = await run('id', '-', [lines.join('')], 1024);
    expect(code).toBe(0);
    expect(reports).toHaveLength(5000);
    expect(writes).toBeLessThan(20);
  });
});

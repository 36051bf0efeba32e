/**
 * Issue 14: a 4.6 MB .xlsx whose zip directory lies about its sizes inflated to 1.5 GB before it
 * was refused, and the server kept 1.2 GB. Every spreadsheet upload (registration imports at the
 * window and in the hall, declarations, payment files) is now bounded by what the file really
 * inflates to: the lie is refused by name at the first chunk past the declared size, and the
 * process's memory stays where it was.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_EMPLOYER_CODE, ensureEmployer, fileForm } from '../fixtures/registration/imports.ts';
import { publicLogin, refused, testApp, type Caller, type TestApp } from '../support/http.ts';
import { lyingWorkbook } from '../support/zip.ts';

let t: TestApp;
let clerk: Caller;
let employer: Caller;
let employerId: number;

beforeAll(async () => {
  t = await testApp();
  clerk = await t.as('clerk');
  employer = await publicLogin(t, 'employer', DEMO_EMPLOYER_CODE);
  employerId = (await ensureEmployer(t.ctx, DEMO_EMPLOYER_CODE)).id;
});
afterAll(() => t.dispose());

/** The highest resident set size seen while `work` runs, sampled every few milliseconds, above the start. */
async function peakGrowth(work: () => Promise<void>): Promise<number> {
  const start = process.memoryUsage().rss;
  let peak = start;
  const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().rss)), 2);
  try {
    await work();
  } finally {
    clearInterval(sampler);
  }
  return Math.max(peak, process.memoryUsage().rss) - start;
}

const MB = 1024 * 1024;
/** A gigabyte of zeros inside, 4 KiB declared: about a megabyte on the wire. */
const bomb = lyingWorkbook(1024);

describe('an .xlsx that inflates to more than its directory declares', () => {
  const routes: ReadonlyArray<[string, () => Caller, () => string]> = [
    ['a registration import at the window', () => clerk, () => `/api/registration/employers/${employerId}/imports`],
    ['a registration import in the hall', () => employer, () => '/api/hall/employer/imports'],
    ['a declaration file', () => employer, () => '/api/hall/employer/declarations/upload?period=202602'],
    ['a payment file', () => clerk, () => '/api/collection/payment-files?source=bank'],
  ];

  it.each(routes)('is refused by name as %s, memory bounded', async (_name, caller, url) => {
    expect(bomb.length).toBeLessThan(2 * MB);
    const form = fileForm('工资表.xlsx', bomb);
    let response!: Awaited<ReturnType<Caller['call']>>;
    const growth = await peakGrowth(async () => {
      response = await caller().call('POST', url(), form.body, form.headers);
    });
    const body = refused(response, 'upload_inflated_too_large', 413);
    expect(body.details).toEqual({ entry: 'xl/worksheets/sheet1.xml', declaredBytes: 4_096 });
    expect(growth).toBeLessThan(100 * MB);
  });
});

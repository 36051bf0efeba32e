/** The statement PDF's layout: a months table that runs onto a second page repeats its title row. */
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { FUNDS } from '../ledger.model.ts';
import { renderStatementPdf } from './ledger.statements.pdf.ts';
import type { Statement, StatementMonth } from './ledger.statements.rules.ts';

function pages(bytes: Buffer): string[] {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'shebao-statement-pdf-'));
  try {
    fs.writeFileSync(path.join(dir, 's.pdf'), bytes);
    const text = execFileSync('pdftotext', ['-enc', 'UTF-8', path.join(dir, 's.pdf'), '-'], { encoding: 'utf8' });
    return text.split('\f').filter((page) => page.trim() !== '');
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}

/** Two payers in every month and all four schemes: 96 rows, more than one page holds. */
function busyYear(): StatementMonth[] {
  const months: StatementMonth[] = [];
  for (let m = 1; m <= 12; m++)
    for (const employerName of ['甲公司', '乙公司'])
      for (const scheme of FUNDS)
        months.push({
          month: `2024-${String(m).padStart(2, '0')}`,
          scheme,
          employerName,
          base: '5000.00',
          employer: '800.00',
          employee: '400.00',
          accountCredit: scheme === 'pension' ? '400.00' : '0.00',
          status: 'paid',
        });
  return months;
}

describe('renderStatementPdf', () => {
  it('prints the months table title row again at the top of every page it runs onto', async () => {
    const statement: Statement = {
      format: 1,
      year: 2024,
      person: { personId: 1, name: '张多页', idMasked: '330106********001X' },
      agencyName: '杭州市西湖区社会保险经办机构',
      months: busyYear(),
      accounts: [],
      cumulativeMonths: { pension: 12, medical: 12, unemployment: 12, work_injury: 12 },
    };
    const text = pages(
      await renderStatementPdf({
        statement,
        statementNo: 'S202400000001',
        verificationCode: 'ABCD2345',
        url: 'http://localhost/verify-statement?no=S202400000001&code=ABCD2345',
        issuedAt: new Date('2025-01-20T02:00:00Z'),
      }),
    );
    expect(text.length).toBeGreaterThan(1);
    for (const page of text.slice(0, 2)) expect(page).toContain('划入个人账户');
    expect(text[1]).toContain('2024-12');
  });
});

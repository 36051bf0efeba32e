import ExcelJS from 'exceljs';
import { describe, expect, it } from 'vitest';
import { Rejection } from '../../kernel/rejection.ts';
import { declarationLinesOf } from './contributions.declarations.spreadsheet.ts';

async function codeOf(run: () => Promise<unknown>): Promise<string> {
  try {
    await run();
  } catch (error) {
    if (error instanceof Rejection) return error.code;
    throw error;
  }
  return 'none';
}

describe('declaration files', () => {
  it('reads a CSV with Chinese headers in any order, keeping spreadsheet row numbers', async () => {
    const csv = '月工资,姓名,身份证号\n8000.00,李明,330106198503120011\n\n3000,王芳,33010619900718002X\n';
    expect(await declarationLinesOf(Buffer.from(csv))).toEqual([
      { row: 2, citizenId: '330106198503120011', name: '李明', wage: '8000.00' },
      { row: 4, citizenId: '33010619900718002X', name: '王芳', wage: '3000' },
    ]);
  });

  it('reads an .xlsx with English headers and no name column', async () => {
    const book = new ExcelJS.Workbook();
    const sheet = book.addWorksheet('wages');
    sheet.addRow(['Citizen ID', 'Wage']);
    sheet.addRow(['330106198503120011', '8000.00']);
    const bytes = Buffer.from(await book.xlsx.writeBuffer());
    expect(await declarationLinesOf(bytes)).toEqual([
      { row: 2, citizenId: '330106198503120011', name: null, wage: '8000.00' },
    ]);
  });

  it.each([
    ['a header only', '身份证号,月工资\n', 'collection_declaration_file_empty'],
    ['no wage column', '身份证号,姓名\n330106198503120011,李明\n', 'collection_declaration_columns_missing'],
    ['an image', '\x89PNG\r\n', 'import_not_a_spreadsheet'],
  ])('refuses %s', async (_label, content, code) => {
    expect(
      await codeOf(() => declarationLinesOf(Buffer.from(content, content.startsWith('\x89') ? 'latin1' : 'utf8'))),
    ).toBe(code);
  });
});

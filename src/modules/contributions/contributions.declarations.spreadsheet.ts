/**
 * A declaration file (.xlsx or .csv, told by content) as declaration lines: the registration
 * import's reader (limits, encodings, zip-bomb and formula checks), a header row naming the columns
 * 身份证号 / citizen ID, 姓名 / name (optional, checked against the record) and 月工资 / wage, in
 * any order. Each line keeps its spreadsheet row number for the per-row report.
 */
import type { DeclarationLineInput } from './contributions.declarations.lines.ts';
import { rejectDeclaration } from './contributions.declarations.rejections.ts';
import { DECLARATION_LINES_MAX } from './contributions.declarations.ts';
import { headerKey, readSheet } from '../registration/index.ts';

type Column = 'citizenId' | 'name' | 'wage';

const HEADERS: Record<Column, readonly string[]> = {
  citizenId: ['身份证号', '身份证号码', '公民身份号码', '社会保障号码', 'citizen ID', 'citizen ID number', 'ID number'],
  name: ['姓名', 'name'],
  wage: ['月工资', '工资', '缴费工资', '申报工资', 'wage', 'monthly wage'],
};

const lookup = new Map<string, Column>();
for (const [column, texts] of Object.entries(HEADERS) as [Column, readonly string[]][])
  for (const text of texts) lookup.set(headerKey(text), column);

/** The lines of a declaration file; refuses a file without lines or without the required columns. */
export async function declarationLinesOf(bytes: Buffer): Promise<DeclarationLineInput[]> {
  const sheet = await readSheet(bytes, { rowsMax: DECLARATION_LINES_MAX });
  const [header, ...rows] = sheet.rows;
  if (!header || rows.length === 0) throw rejectDeclaration('collection_declaration_file_empty');
  const at = new Map<Column, number>();
  header.cells.forEach((cell, index) => {
    const column = lookup.get(headerKey(cell));
    if (column && !at.has(column)) at.set(column, index);
  });
  const idAt = at.get('citizenId');
  const wageAt = at.get('wage');
  if (idAt === undefined || wageAt === undefined)
    throw rejectDeclaration('collection_declaration_columns_missing', { header: header.cells.slice(0, 20) });
  const nameAt = at.get('name');
  return rows.map((row) => ({
    row: row.line,
    citizenId: row.cells[idAt] ?? '',
    name: nameAt === undefined ? null : (row.cells[nameAt] ?? null),
    wage: row.cells[wageAt] ?? '',
  }));
}

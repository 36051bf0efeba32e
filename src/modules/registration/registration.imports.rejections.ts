import type { UploadRefusals } from '../../http/files.ts';
import { common, defineRejections } from '../../kernel/rejection.ts';

/**
 * Refusals of spreadsheet imports: the file as a whole (format, size, layout) and the cells of one
 * row that cannot be read (the batch's own codes cover the rules).
 */
export const importRejections = defineRejections({
  import_not_a_spreadsheet: {
    kind: 'unsupported_media',
    zh: '文件不是电子表格：请上传 .xlsx 或 .csv 文件',
    en: 'The file is not a spreadsheet: upload an .xlsx or .csv file',
  },
  import_file_too_large: {
    kind: 'too_large',
    zh: '文件过大',
    en: 'The file is too large',
  },
  import_too_many_rows: {
    kind: 'too_large',
    zh: '数据行数超过上限，请分成多个文件导入',
    en: 'The file has more data rows than allowed; split it into several files',
  },
  import_merged_cells: {
    kind: 'invalid',
    zh: '表格中有合并单元格，请取消合并后重新上传',
    en: 'The sheet has merged cells; unmerge them and upload again',
  },
  import_formula_cell: {
    kind: 'invalid',
    zh: '表格中有公式，请将公式转换为数值后重新上传',
    en: 'The sheet has formulas; replace them by their values and upload again',
  },
  import_missing_columns: {
    kind: 'invalid',
    zh: '表头缺少必需的列',
    en: 'The header row lacks required columns',
  },
  import_empty: {
    kind: 'invalid',
    zh: '文件中没有数据行',
    en: 'The file has no data rows',
  },
  import_value_missing: {
    kind: 'invalid',
    zh: '必填项为空',
    en: 'This value is required',
  },
  import_date_invalid: {
    kind: 'invalid',
    zh: '日期格式不正确（应为 YYYY-MM-DD、YYYY/M/D 或 YYYYMMDD）',
    en: 'The date is not valid (use YYYY-MM-DD, YYYY/M/D or YYYYMMDD)',
  },
  import_action_unknown: {
    kind: 'invalid',
    zh: '业务类型应为“增员”或“减员”',
    en: 'The action must be "hire" or "separation"',
  },
  import_scheme_unknown: {
    kind: 'invalid',
    zh: '参保险种无法识别（养老、医疗、失业、工伤或全部）',
    en: 'Unknown scheme (pension, medical, unemployment, work injury or all)',
  },
  import_gender_unknown: {
    kind: 'invalid',
    zh: '性别应为“男”或“女”',
    en: 'The gender must be male or female',
  },
  import_reason_unknown: {
    kind: 'invalid',
    zh: '减员原因无法识别（辞职、辞退、合同期满、退休、其他）',
    en: 'Unknown separation reason (resignation, dismissal, contract end, retirement, other)',
  },
  import_not_found: {
    kind: 'not_found',
    zh: '导入记录不存在',
    en: 'The import does not exist',
  },
  import_report_not_available: {
    kind: 'not_found',
    zh: '该次导入没有错误报告',
    en: 'This import has no error report',
  },
  payroll_rows_rejected: {
    kind: 'invalid',
    zh: '部分数据行不符合要求，整批未处理；请按错误说明更正后重新提交',
    en: 'Some rows were refused, so none was applied; correct them as listed and send the request again',
  },
});

export const rejectImport = importRejections.reject;

/** How a spreadsheet upload the server cannot read is refused: imports, declarations and payment files alike. */
export const importUploadRefusals: UploadRefusals = {
  notMultipart: () => common.reject('unsupported_media_type'),
  malformed: (reason) => common.reject('invalid_request', reason === undefined ? undefined : { reason }),
  tooLarge: (maxBytes) => rejectImport('import_file_too_large', { maxBytes }),
};

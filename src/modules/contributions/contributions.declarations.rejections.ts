import { defineRejections } from '../../kernel/rejection.ts';

/**
 * Named refusals of declarations (缴费申报). The row codes (`collection_line_*`, wage, person) name
 * one bad line each; a declaration with any bad line is refused whole with
 * `collection_declaration_rows_rejected`, whose details list every bad line.
 */
export const declarationRejections = defineRejections({
  collection_declaration_rows_rejected: {
    kind: 'invalid',
    zh: '申报中有错误的行，整份申报未受理；请按错误说明逐行修改后重新提交',
    en: 'Some lines of the declaration are wrong, so none was accepted; correct every line listed and submit again',
  },
  collection_period_invalid: {
    kind: 'invalid',
    zh: '所属期格式错误（月度申报为 YYYYMM，年度基数申报为 YYYY）',
    en: 'The period is malformed (YYYYMM for a monthly declaration, YYYY for an annual base declaration)',
  },
  collection_period_future: {
    kind: 'invalid',
    zh: '不能申报当月以后的所属期',
    en: 'A period after the current month cannot be declared',
  },
  collection_period_closed: {
    kind: 'conflict',
    zh: '该所属期已月结关闭，不能再申报或更正；请办理补缴或退费',
    en: 'The period is closed; it can no longer be declared or corrected (use a back payment or a refund)',
  },
  collection_annual_base_not_used: {
    kind: 'conflict',
    zh: '本统筹区不实行年度缴费基数申报，请按月申报工资',
    en: 'This region does not declare contribution bases annually; declare the wages monthly',
  },
  collection_not_flexible_worker: {
    kind: 'conflict',
    zh: '您没有以灵活就业人员身份参保，不能自行申报缴费基数',
    en: 'You are not enrolled as a flexible worker, so you cannot declare your own base',
  },
  collection_declaration_file_empty: {
    kind: 'invalid',
    zh: '文件中没有申报行（第一行为表头：身份证号、姓名、月工资）',
    en: 'The file holds no declaration lines (the first row is the header: citizen ID, name, wage)',
  },
  collection_declaration_columns_missing: {
    kind: 'invalid',
    zh: '文件缺少必需的列：身份证号、月工资',
    en: 'The file lacks a required column: citizen ID, wage',
  },
  collection_declaration_too_many_lines: {
    kind: 'too_large',
    zh: '一份申报的行数超过上限',
    en: 'The declaration has more lines than allowed',
  },
  collection_line_citizen_id_invalid: {
    kind: 'invalid',
    zh: '身份证号码无效',
    en: 'The citizen ID number is invalid',
  },
  collection_line_person_unknown: {
    kind: 'invalid',
    zh: '该身份证号码没有参保登记',
    en: 'No insured person is registered with this citizen ID number',
  },
  collection_line_name_mismatch: {
    kind: 'invalid',
    zh: '姓名与登记信息不一致',
    en: 'The name does not match the registered name',
  },
  collection_line_duplicate: {
    kind: 'invalid',
    zh: '同一人员在申报中出现了不止一次',
    en: 'The same person appears more than once in the declaration',
  },
  collection_line_not_employed: {
    kind: 'invalid',
    zh: '该人员在所属期内未受雇于申报单位',
    en: 'The person was not employed by the declaring employer in the period',
  },
  collection_line_wage_invalid: {
    kind: 'invalid',
    zh: '工资必须是最多两位小数的金额',
    en: 'The wage must be an amount with at most two decimals',
  },
  collection_line_wage_not_positive: {
    kind: 'invalid',
    zh: '工资必须大于零',
    en: 'The wage must be above zero',
  },
  collection_line_wage_absurd: {
    kind: 'invalid',
    zh: '工资超过缴费基数上限的 100 倍，明显有误',
    en: 'The wage is more than 100 times the base ceiling, which cannot be right',
  },
  collection_line_wage_missing: {
    kind: 'invalid',
    zh: '未填写工资，且本年度没有申报该人员的缴费基数',
    en: 'No wage is given and no annual base of the person is declared for the year',
  },
});

export const rejectDeclaration = declarationRejections.reject;

/** The codes one line can be refused with. */
export type LineErrorCode =
  | 'collection_line_citizen_id_invalid'
  | 'collection_line_person_unknown'
  | 'collection_line_name_mismatch'
  | 'collection_line_duplicate'
  | 'collection_line_not_employed'
  | 'collection_line_wage_invalid'
  | 'collection_line_wage_not_positive'
  | 'collection_line_wage_absurd'
  | 'collection_line_wage_missing';

import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the assessment (核定): parameters, bases, rates, the 110 % rule. */
export const assessmentRejections = defineRejections({
  collection_parameter_missing: {
    kind: 'conflict',
    zh: '该统筹区该所属期缺少核定所需的政策参数（如社平工资），无法核定',
    en: 'A policy parameter the assessment needs (such as the average wage) is missing for this region and period',
  },
  collection_undeclared_ratio_missing: {
    kind: 'conflict',
    zh: '该所属期没有未申报核定比例（2011年7月1日前不适用按上月110%核定），无法核定未申报月份',
    en: 'No undeclared assessment ratio is in force for this period (the 110 % rule applies from 2011-07-01)',
  },
  collection_flexible_base_out_of_range: {
    kind: 'invalid',
    zh: '灵活就业人员的缴费基数必须在当期缴费基数下限和上限之间',
    en: 'A flexible worker’s chosen base must lie between the period’s floor and ceiling',
  },
  collection_rate_float_not_allowed: {
    kind: 'conflict',
    zh: '单位的工伤保险浮动费率不在其行业类别允许的档次内',
    en: 'The employer’s work-injury rate float is not one the class allows',
  },
  collection_risk_class_invalid: {
    kind: 'conflict',
    zh: '单位的工伤保险行业风险类别无效（应为一类至八类）',
    en: 'The employer’s work-injury industry class is invalid (it must be I to VIII)',
  },
  collection_back_payment_periods_invalid: {
    kind: 'invalid',
    zh: '补缴的所属期无效（应为至少一个不晚于当月的所属期，且不重复）',
    en: 'The back-payment periods are invalid (at least one, none after the current month, no repeats)',
  },
  collection_wage_invalid: {
    kind: 'invalid',
    zh: '工资必须为大于零的金额',
    en: 'The wage must be an amount above zero',
  },
  collection_declaration_not_found: {
    kind: 'not_found',
    zh: '未找到该缴费申报',
    en: 'No such contribution declaration',
  },
});

export const rejectAssessment = assessmentRejections.reject;

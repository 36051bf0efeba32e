import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the policy parameters: lookups, proposals and the maker-checker steps. */
export const policyRejections = defineRejections({
  policy_parameter_missing: {
    kind: 'not_found',
    zh: '该地区在该日期没有有效的政策参数',
    en: 'No policy parameter is in force for the region on that date',
  },
  policy_key_unknown: { kind: 'invalid', zh: '政策参数项不存在', en: 'Unknown policy parameter key' },
  policy_value_invalid: {
    kind: 'invalid',
    zh: '参数值不符合该参数项的类型或取值范围',
    en: 'The value does not fit the kind or range of the parameter',
  },
  policy_region_invalid: {
    kind: 'invalid',
    zh: '地区代码须为 6 位数字（000000 为全国默认）',
    en: 'The region code must be 6 digits (000000 is the national default)',
  },
  policy_valid_from_out_of_range: {
    kind: 'invalid',
    zh: '生效日期须在 1990-01-01 至 2099-12-31 之间',
    en: 'The effective date must be between 1990-01-01 and 2099-12-31',
  },
  policy_change_not_found: { kind: 'not_found', zh: '参数变更申请不存在', en: 'No such policy change' },
  policy_change_not_pending: {
    kind: 'conflict',
    zh: '该变更申请已处理，不能再审批或撤回',
    en: 'The change was already decided or withdrawn',
  },
  policy_self_approval: {
    kind: 'forbidden',
    zh: '不能审批自己提出的参数变更（须由他人复核）',
    en: 'A change cannot be approved or rejected by the person who proposed it',
  },
  policy_region_out_of_scope: {
    kind: 'forbidden',
    zh: '该地区不在您所属经办机构的管辖范围内，不能提出或审批其政策参数变更',
    en: 'The region is outside your agency subtree: you cannot propose or decide its policy changes',
  },
  policy_not_proposer: {
    kind: 'forbidden',
    zh: '只有提出人可以撤回变更申请',
    en: 'Only the proposer can withdraw a change',
  },
});

export const rejectPolicy = policyRejections.reject;

import { defineRejections } from '../../kernel/rejection.ts';

/** Refusals of persons, suspected duplicates and merges (the persons part of registration). */
export const personRejections = defineRejections({
  person_already_registered: {
    kind: 'conflict',
    zh: '该公民身份号码已登记参保人员',
    en: 'A person with this citizen ID number is already registered',
  },
  person_merged: {
    kind: 'conflict',
    zh: '该人员记录已合并到另一记录，请在保留的记录上办理',
    en: 'This record has been merged into another; work on the surviving record',
  },
  person_field_empty: {
    kind: 'not_found',
    zh: '该人员未登记此项信息',
    en: 'This person has no value recorded for this field',
  },
  person_duplicate_not_found: {
    kind: 'not_found',
    zh: '疑似重复记录不存在',
    en: 'The suspected duplicate does not exist',
  },
  person_duplicate_not_open: {
    kind: 'conflict',
    zh: '该疑似重复记录已处理',
    en: 'This suspected duplicate has already been dealt with',
  },
  person_merge_not_found: { kind: 'not_found', zh: '合并申请不存在', en: 'The merge proposal does not exist' },
  person_merge_same_person: {
    kind: 'invalid',
    zh: '保留记录与被合并记录不能是同一条',
    en: 'The surviving and the merged record must differ',
  },
  person_merge_not_active: {
    kind: 'conflict',
    zh: '只能合并两条正常状态的人员记录（已死亡或已合并的记录不能合并）',
    en: 'Only two active records can be merged (not deceased or already merged ones)',
  },
  person_merge_already_proposed: {
    kind: 'conflict',
    zh: '该记录已有待审核的合并申请',
    en: 'This record already has a merge proposal waiting for a decision',
  },
  person_merge_flag_mismatch: {
    kind: 'invalid',
    zh: '所引用的疑似重复记录不是这两人之间的待处理记录',
    en: 'The suspected duplicate referred to is not an open flag between these two records',
  },
  person_merge_not_proposed: {
    kind: 'conflict',
    zh: '该合并申请已审核',
    en: 'This merge proposal has already been decided',
  },
  person_merge_proposer_cannot_decide: {
    kind: 'forbidden',
    zh: '合并申请须由申请人以外的工作人员审核',
    en: 'A merge must be decided by someone other than its proposer',
  },
  person_merge_conflict: {
    kind: 'conflict',
    zh: '保留记录在相同险种已有在保记录或在同一单位在职，不能合并，请先处理',
    en: 'The surviving record already has an open enrolment in the same scheme or an active employment with the same employer; resolve that first',
  },
});

export const rejectPerson = personRejections.reject;

import { defineRejections } from '../../kernel/rejection.ts';

/**
 * Named refusals of part C: arrears, payment orders, deferral agreements, enforcement steps, back
 * payments and extensions of payment.
 */
export const arrearsRejections = defineRejections({
  collection_payer_choice_invalid: {
    kind: 'invalid',
    zh: '请指定一个缴费主体：用人单位或灵活就业人员，二者只能选其一',
    en: 'Name exactly one payer: an employer or a flexible worker',
  },
  collection_no_arrears: {
    kind: 'conflict',
    zh: '该缴费主体目前没有欠费',
    en: 'The payer has no arrears',
  },
  collection_pay_by_invalid: {
    kind: 'invalid',
    zh: '限缴日期不能早于今天',
    en: 'The pay-by date cannot be before today',
  },
  collection_payment_order_not_found: {
    kind: 'not_found',
    zh: '催缴通知不存在',
    en: 'The payment order does not exist',
  },
  collection_period_range_invalid: {
    kind: 'invalid',
    zh: '起始所属期不能晚于截止所属期，且一次最多 600 个月',
    en: 'The first period cannot be after the last one, and one request covers at most 600 months',
  },
  collection_deferral_not_found: {
    kind: 'not_found',
    zh: '缓缴协议不存在',
    en: 'The deferral agreement does not exist',
  },
  collection_deferral_not_proposed: {
    kind: 'conflict',
    zh: '该缓缴协议已经审批或撤销，不能再次处理',
    en: 'The deferral agreement was already decided or cancelled',
  },
  collection_deferral_not_cancellable: {
    kind: 'conflict',
    zh: '只有待审批或生效中的缓缴协议可以撤销',
    en: 'Only a proposed or active deferral agreement can be cancelled',
  },
  collection_deferral_overlaps: {
    kind: 'conflict',
    zh: '该期间已有待审批或生效中的缓缴协议',
    en: 'A proposed or active deferral agreement already covers some of these periods',
  },
  collection_deferral_no_arrears: {
    kind: 'conflict',
    zh: '所选期间没有欠费，无需缓缴',
    en: 'The payer owes nothing for these periods; there is nothing to defer',
  },
  collection_same_person: {
    kind: 'forbidden',
    zh: '提出人不能审批自己提出的事项，请由另一名工作人员审批',
    en: 'The proposer cannot decide their own proposal; another staff member must',
  },
  collection_back_payment_not_found: {
    kind: 'not_found',
    zh: '补缴申请不存在',
    en: 'The back payment does not exist',
  },
  collection_back_payment_decided: {
    kind: 'conflict',
    zh: '该补缴申请已经审批，不能再次处理',
    en: 'The back payment was already decided',
  },
  collection_back_payment_pending: {
    kind: 'conflict',
    zh: '该人员在这些期间已有待审批的补缴申请',
    en: 'A back payment for this person and some of these periods is already waiting for approval',
  },
  collection_back_payment_period_future: {
    kind: 'invalid',
    zh: '补缴期间不能包括本月或以后的月份，这些月份按正常征缴办理',
    en: 'A back payment cannot include the current or a later month; those are collected regularly',
  },
  collection_back_payment_period_open: {
    kind: 'conflict',
    zh: '补缴期间包括尚未月结的所属期，请按正常申报缴费',
    en: 'Some periods are still open for regular collection; declare and pay them the usual way',
  },
  collection_back_payment_already_paid: {
    kind: 'conflict',
    zh: '补缴期间内有已缴费的月份',
    en: 'Some of the months were already paid',
  },
  collection_back_payment_already_billed: {
    kind: 'conflict',
    zh: '补缴期间内有已开具缴费单尚未缴纳的月份，请缴纳原缴费单',
    en: 'Some of the months are already billed and owed; pay those bills instead',
  },
  collection_back_payment_not_employed: {
    kind: 'invalid',
    zh: '补缴期间该人员与该单位没有劳动关系',
    en: 'The person was not employed by the employer in some of these periods',
  },
  collection_back_payment_schemes_invalid: {
    kind: 'invalid',
    zh: '险种不符合要求：灵活就业人员只能补缴养老和医疗保险，延长缴费只适用于养老保险',
    en: 'Schemes not allowed: flexible workers pay pension and medical only; an extension is for pension only',
  },
  collection_extension_with_employer: {
    kind: 'invalid',
    zh: '延长缴费由本人以灵活就业人员身份缴纳，不能指定单位',
    en: 'An extension of payment is paid by the person as a flexible worker, not by an employer',
  },
  collection_extension_not_retired: {
    kind: 'conflict',
    zh: '该人员尚未达到法定退休年龄，不能办理延长缴费',
    en: 'The person has not reached the statutory retirement age; no extension is possible',
  },
  collection_extension_not_short: {
    kind: 'conflict',
    zh: '该人员累计缴费已满最低缴费年限，无需延长缴费',
    en: 'The person already has the minimum contribution months; no extension is needed',
  },
  collection_extension_exceeds_shortfall: {
    kind: 'invalid',
    zh: '延长缴费的月数不能超过距最低缴费年限所差的月数',
    en: 'An extension cannot cover more months than the person is short of the minimum',
  },
  collection_extension_before_retirement: {
    kind: 'invalid',
    zh: '延长缴费的所属期应在达到退休年龄之后',
    en: 'The periods of an extension must come after the person reached retirement age',
  },
  collection_step_in_future: {
    kind: 'invalid',
    zh: '采取措施的日期不能晚于今天',
    en: 'A step cannot be recorded as taken after today',
  },
  collection_case_mismatch: {
    kind: 'conflict',
    zh: '所填业务受理编号不是该人员正在办理的补缴业务',
    en: 'The case number is not an open back-payment case of this person',
  },
});

export const rejectArrears = arrearsRejections.reject;

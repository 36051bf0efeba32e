import { defineRejections } from '../../kernel/rejection.ts';

/** Refusals of enrolments: flexible enrolment, suspension, resumption, termination. */
export const enrolmentRejections = defineRejections({
  enrolment_not_found: { kind: 'not_found', zh: '参保记录不存在', en: 'The enrolment does not exist' },
  enrolment_duplicate: {
    kind: 'conflict',
    zh: '人员在该险种已有参保记录（同一险种不能重复参保）',
    en: 'The person is already enrolled in this scheme for this period',
  },
  enrolment_before_birth: {
    kind: 'invalid',
    zh: '参保开始日期早于出生日期',
    en: 'The enrolment cannot start before the birth date',
  },
  enrolment_after_death: {
    kind: 'invalid',
    zh: '人员已死亡，不能在死亡之后参保',
    en: 'The person has died; an enrolment cannot start on or after the date of death',
  },
  enrolment_person_not_active: {
    kind: 'conflict',
    zh: '人员已死亡或已合并，不能新增参保',
    en: 'The person is deceased or merged into another record; no new enrolment is possible',
  },
  enrolment_under_minimum_age: {
    kind: 'invalid',
    zh: '灵活就业人员参保须年满16周岁',
    en: 'A flexible worker must be at least 16 years old when the enrolment starts',
  },
  enrolment_not_active: {
    kind: 'conflict',
    zh: '只有参保缴费状态的记录可以暂停',
    en: 'Only an active enrolment can be suspended',
  },
  enrolment_not_suspended: {
    kind: 'conflict',
    zh: '只有暂停（中断）状态的记录可以恢复',
    en: 'Only a suspended enrolment can be resumed',
  },
  enrolment_already_terminated: {
    kind: 'conflict',
    zh: '该参保记录已终止',
    en: 'The enrolment is already terminated',
  },
  enrolment_effective_before_last_change: {
    kind: 'invalid',
    zh: '生效日期早于该参保记录的开始或最近一次状态变更',
    en: 'The effective date is before the enrolment started or last changed',
  },
});

export const rejectEnrolment = enrolmentRejections.reject;

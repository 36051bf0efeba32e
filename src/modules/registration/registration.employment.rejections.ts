import { defineRejections } from '../../kernel/rejection.ts';

/** Refusals of hires, separations and death registration. */
export const employmentRejections = defineRejections({
  employment_not_found: { kind: 'not_found', zh: '就业记录不存在', en: 'The employment does not exist' },
  employment_person_out_of_scope: {
    kind: 'forbidden',
    zh: '该人员不在本机构管辖范围内，请凭其公民身份号码办理增员',
    en: 'The person is registered outside your agency; hire them by their citizen ID number',
  },
  employment_employer_not_active: {
    kind: 'conflict',
    zh: '参保单位已暂停或注销，不能办理增员',
    en: 'The employer is suspended or cancelled; it cannot hire',
  },
  employment_before_employer_founded: {
    kind: 'invalid',
    zh: '参保日期早于单位成立日期',
    en: 'The hire date is before the employer was founded',
  },
  employment_before_birth: {
    kind: 'invalid',
    zh: '参保日期早于出生日期',
    en: 'The hire date is before the birth date',
  },
  employment_after_death: {
    kind: 'invalid',
    zh: '人员已死亡，不能办理死亡之后的增员',
    en: 'The person has died; a hire on or after the date of death is not possible',
  },
  employment_person_not_active: {
    kind: 'conflict',
    zh: '人员已死亡或已合并，不能办理增员',
    en: 'The person is deceased or merged into another record; they cannot be hired',
  },
  employment_hire_too_far_ahead: {
    kind: 'invalid',
    zh: '增员日期最多可提前30天申报',
    en: 'A hire can be reported at most 30 days ahead',
  },
  employment_overlap: {
    kind: 'conflict',
    zh: '人员在其他单位的就业期间与本次增员重叠，本统筹区不允许同时在多家单位参保',
    en: 'The person has an overlapping employment; this pooling region does not allow concurrent employment',
  },
  employment_already_active: {
    kind: 'conflict',
    zh: '人员已在本单位在职参保',
    en: 'The person is already actively employed by this employer',
  },
  employment_schemes_duplicate: {
    kind: 'invalid',
    zh: '险种重复',
    en: 'A scheme is listed twice',
  },
  employment_name_required: {
    kind: 'invalid',
    zh: '该人员尚未登记，须填写姓名',
    en: 'The person is not registered yet; the name is required',
  },
  employment_not_active: { kind: 'conflict', zh: '该就业记录已终止', en: 'The employment has already ended' },
  employment_not_employed_here: {
    kind: 'conflict',
    zh: '该人员不在本单位在职',
    en: 'The person is not actively employed by this employer',
  },
  employment_separation_reason_required: {
    kind: 'invalid',
    zh: '须填写减员原因',
    en: 'The reason of the separation is required',
  },
  separation_before_hire: {
    kind: 'invalid',
    zh: '减员日期须晚于参保（增员）日期',
    en: 'The separation date must be after the hire date',
  },
  separation_before_last_change: {
    kind: 'conflict',
    zh: '减员日期早于该就业险种的最近一次状态变更',
    en: 'The separation date is before the latest status change of one of its enrolments',
  },
  death_person_not_active: {
    kind: 'conflict',
    zh: '人员已登记死亡或已合并',
    en: 'The person is already registered as deceased or merged',
  },
  death_before_birth: { kind: 'invalid', zh: '死亡日期早于出生日期', en: 'The date of death is before the birth date' },
  death_before_employment_start: {
    kind: 'conflict',
    zh: '死亡日期早于某段就业的开始日期，请先更正该就业记录',
    en: 'The date of death is before an employment starts; correct that employment first',
  },
  death_before_enrolment_change: {
    kind: 'conflict',
    zh: '死亡日期早于某险种的开始或最近一次状态变更，请先更正该参保记录',
    en: 'The date of death is before an enrolment starts or last changed; correct that enrolment first',
  },
});

export const rejectEmployment = employmentRejections.reject;

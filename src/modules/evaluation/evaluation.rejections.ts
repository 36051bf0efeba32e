import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of evaluation (ratings and call-backs). */
export const evaluationRejections = defineRejections({
  rating_case_not_found: {
    kind: 'not_found',
    zh: '未找到该办件，请核对办件编号和证件号码',
    en: 'No such case; check the case number and the identity number',
  },
  rating_case_not_completed: {
    kind: 'conflict',
    zh: '办件尚未办结，办结后才能评价',
    en: 'The case is not finished yet; it can be rated once it is',
  },
  rating_period_over: {
    kind: 'conflict',
    zh: '已超过评价期限',
    en: 'The period for rating this case is over',
  },
  rating_already_given: {
    kind: 'conflict',
    zh: '该办件已评价，不能重复评价',
    en: 'This case has already been rated',
  },
  rating_follow_up_not_open: {
    kind: 'conflict',
    zh: '回访整改完成后才能再次评价',
    en: 'A follow-up rating is possible only after the call-back and rectification are closed',
  },
  callback_task_not_found: { kind: 'not_found', zh: '回访整改任务不存在', en: 'The call-back task does not exist' },
  callback_step_out_of_order: {
    kind: 'conflict',
    zh: '回访整改须按“回访—整改—办结”的顺序进行',
    en: 'A call-back task goes call-back, rectification, closing, in that order',
  },
  callback_version_conflict: {
    kind: 'conflict',
    zh: '任务已被他人处理，请刷新后重试',
    en: 'Someone else changed this task; reload and try again',
  },
});

export const rejectEvaluation = evaluationRejections.reject;

import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the month close (月结). */
export const monthCloseRejections = defineRejections({
  collection_period_not_ended: {
    kind: 'conflict',
    zh: '该所属期尚未结束，不能月结',
    en: 'The period has not ended yet; it cannot be closed',
  },
  collection_month_already_closed: {
    kind: 'conflict',
    zh: '该统筹区该所属期已经月结',
    en: 'This period is already closed for the region',
  },
  collection_month_close_running: {
    kind: 'conflict',
    zh: '该统筹区该所属期的月结正在进行中',
    en: 'The month close of this region and period is already running',
  },
  collection_month_close_out_of_scope: {
    kind: 'forbidden',
    zh: '该统筹区不在您所在经办机构的管辖范围内',
    en: 'The region is outside your agency’s scope',
  },
  collection_month_close_not_found: {
    kind: 'not_found',
    zh: '找不到该月结记录',
    en: 'No such month close',
  },
});

export const rejectMonthClose = monthCloseRejections.reject;

import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the supervisor dashboard. */
export const monitorRejections = defineRejections({
  monitor_range_invalid: {
    kind: 'invalid',
    zh: '统计区间不正确：开始日期不能晚于结束日期，且区间不超过366天',
    en: 'The date range is not valid: the start must not be after the end, and it spans at most 366 days',
  },
});

export const rejectMonitor = monitorRejections.reject;

import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the window queue. */
export const queueRejections = defineRejections({
  queue_service_point_not_found: { kind: 'not_found', zh: '服务网点不存在', en: 'The service point does not exist' },
  queue_service_point_closed: { kind: 'conflict', zh: '服务网点已关闭', en: 'The service point is closed' },
  queue_outside_opening_hours: {
    kind: 'conflict',
    zh: '当前不在取号时间内，请在办公时间内取号',
    en: 'Tickets are issued only during opening hours',
  },
  queue_category_not_found: {
    kind: 'not_found',
    zh: '该网点没有这个排队类别',
    en: 'This service point has no such queue category',
  },
  queue_category_closed: { kind: 'conflict', zh: '该排队类别已停止取号', en: 'This queue category is closed' },
  queue_category_day_full: {
    kind: 'conflict',
    zh: '该类别今日号码已发完',
    en: 'This category has issued all of today’s numbers',
  },
  queue_category_letter_taken: {
    kind: 'conflict',
    zh: '该网点已有这个字母的排队类别',
    en: 'This service point already has a category with that letter',
  },
  queue_category_other_point: {
    kind: 'invalid',
    zh: '窗口只能办理本网点的排队类别',
    en: 'A window can only serve categories of its own service point',
  },
  queue_version_conflict: {
    kind: 'conflict',
    zh: '排队类别已被他人修改，请刷新后重试',
    en: 'Someone else changed this category; reload and try again',
  },
  queue_window_not_found: { kind: 'not_found', zh: '服务窗口不存在', en: 'The window does not exist' },
  queue_window_closed: { kind: 'conflict', zh: '服务窗口已关闭', en: 'The window is closed' },
  queue_window_busy: {
    kind: 'conflict',
    zh: '本窗口还有正在呼叫或办理的号，请先办结或过号',
    en: 'This window still has a called or serving ticket; finish it or mark it no-show first',
  },
  queue_stats_range_invalid: {
    kind: 'invalid',
    zh: '统计区间不正确：开始日期须不晚于结束日期，且不超过366天',
    en: 'The statistics range is not valid: from must not be after to, and at most 366 days',
  },
  queue_event_stream_required: {
    kind: 'invalid',
    zh: '该地址只提供事件流（Accept: text/event-stream）',
    en: 'This address serves an event stream only (Accept: text/event-stream)',
  },
  queue_display_connections_full: {
    kind: 'rate_limited',
    zh: '该网点的显示屏连接数已满，请稍后再试',
    en: 'Too many displays are connected to this service point; try again later',
  },
  ticket_not_found: { kind: 'not_found', zh: '排队号不存在', en: 'The ticket does not exist' },
  ticket_not_called: {
    kind: 'conflict',
    zh: '该号不在呼叫状态，不能重呼、过号或开始办理',
    en: 'The ticket is not being called: it cannot be recalled, marked no-show or started',
  },
  ticket_not_serving: {
    kind: 'conflict',
    zh: '该号尚未开始办理，不能办结',
    en: 'The ticket is not being served, so it cannot be finished',
  },
  ticket_expired: { kind: 'conflict', zh: '该号不是今日的号', en: 'The ticket is from an earlier day' },
  ticket_recall_limit: {
    kind: 'conflict',
    zh: '重呼次数已达上限，请按过号处理',
    en: 'The ticket has been recalled too often; mark it no-show',
  },
  ticket_case_already_linked: {
    kind: 'conflict',
    zh: '该号已关联其他业务办件',
    en: 'Another case is already linked to this ticket',
  },
  ticket_not_served: {
    kind: 'conflict',
    zh: '该号未被叫到或已过号，不能关联办件',
    en: 'The ticket was not called or was a no-show; no case can be linked',
  },
});

export const rejectQueue = queueRejections.reject;

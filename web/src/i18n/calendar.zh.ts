/**
 * zh-CN texts of the holiday calendar page (issue 14). Spread into `zh.ts`; `calendar.en.ts` is
 * typed against this object, so a key without its English text fails the type check.
 */
export const calendarZh = {
  'menu.holidays': '节假日日历',
  'home.holidaysText': '国务院节假日安排的载入；尚未公布的年份按法定节假日暂定推算',
  'calendar.title': '节假日日历',
  'calendar.description':
    '工作日期限按国务院办公厅每年的节假日安排计算。尚未载入安排的年份暂按法定节假日推算，跨入该年的期限标注“暂定”；载入安排后自动重新计算并通知日期变动的办件负责人和申请人。',
  'calendar.load': '载入节假日安排',
  'calendar.loadHint':
    '按 docs/operations.md 的格式录入国务院办公厅通知：每个节日的放假起止日期及调休上班日。已预填该年按法定节假日推算的暂定安排，请按通知修改并填写通知名称（source）。',
  'calendar.loadSubmit': '载入并重新计算期限',
  'calendar.noticeJson': '节假日安排（JSON）',
  'calendar.notJson': '不是有效的 JSON：{reason}',
  'calendar.loaded': '{year} 年节假日安排已载入',
  'calendar.recountLine': '{kind}：重新计算 {checked} 个暂定期限，{moved} 个日期变动，{settled} 个不再暂定',
  'calendar.kind.cases': '办件承诺办结日期',
  'calendar.kind.callbacks': '差评回访整改期限',
  'calendar.provisionalInUse': '{years} 年的国务院节假日安排尚未载入',
  'calendar.provisionalHint':
    '跨入这些年份的期限暂按法定节假日（元旦、春节、清明节、劳动节、端午节、中秋节、国庆节）推算，不含调休，并在屏幕、短信和告知单上标注“暂定”。通知公布后请尽快载入。',
  'calendar.year': '年份',
  'calendar.origin': '来源',
  'calendar.origin.built_in': '系统内置',
  'calendar.origin.added': '已载入',
  'calendar.origin.provisional': '暂定推算',
  'calendar.source': '依据',
  'calendar.addedAt': '载入时间',
  'calendar.holiday': '节日',
  'calendar.daysOff': '放假',
  'calendar.dayCount': '共 {n} 天',
  'calendar.makeUp': '调休上班',
} as const;

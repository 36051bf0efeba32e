/**
 * zh-CN texts of the hall's annual rights statements (issue 5): the statements page, the
 * discrepancy form, "who viewed my record" and the public statement check. Spread into `zh.ts`;
 * `statements.en.ts` is typed against this object.
 */
export const statementsZh = {
  'stmt.entry.title': '权益记录单与查询记录',
  'stmt.entry.statements': '个人权益记录单',
  'stmt.entry.statementsText': '按年度下载带验证码的个人权益记录单（PDF），对记录有疑问可在线提出',
  'stmt.entry.accessLog': '谁查看了我的记录',
  'stmt.entry.accessLogText': '经办机构工作人员查看、打印或变更您记录的时间和人员',
  'stmt.entry.verify': '核验权益记录单',
  'stmt.entry.verifyText': '凭记录单编号和验证码核验一份个人权益记录单的真伪',

  'stmt.page.title': '个人权益记录单',
  'stmt.page.intro':
    '个人权益记录单列明全年各月各险种的缴费基数、单位和个人缴费、划入个人账户金额，个人账户的上年末余额、本年划入、记账利息和年末余额，以及截至年末的累计缴费月数。每份记录单都有编号和验证码，可扫描二维码核验。',
  'stmt.page.backToHall': '返回网上服务大厅',
  'stmt.page.rightsRecord': '我的权益记录',
  'stmt.page.personOnly': '本页面仅供个人账户使用。',

  'stmt.years.title': '按年度下载',
  'stmt.years.year': '年度',
  'stmt.years.state': '状态',
  'stmt.years.closed': '可开具',
  'stmt.years.open': '年度未结束',
  'stmt.years.download': '下载 PDF',
  'stmt.years.empty': '暂无权益记录',
  'stmt.years.downloaded': '已下载 {year} 年度个人权益记录单，编号 {no}',

  'stmt.issued.title': '已开具的记录单',
  'stmt.issued.no': '记录单编号',
  'stmt.issued.year': '年度',
  'stmt.issued.issuedAt': '开具时间',
  'stmt.issued.code': '验证码',
  'stmt.issued.closing': '养老个人账户年末余额（元）',
  'stmt.issued.empty': '尚未开具记录单',

  'stmt.discrepancy.open': '对记录有疑问',
  'stmt.discrepancy.title': '对权益记录有疑问',
  'stmt.discrepancy.intro':
    '请说明哪一年、哪个月、哪个险种的记录与您掌握的情况不符。提交后将生成“个人权益记录查询打印”办件，由您参保地经办机构核实处理。',
  'stmt.discrepancy.year': '年度',
  'stmt.discrepancy.period': '月份',
  'stmt.discrepancy.scheme': '险种',
  'stmt.discrepancy.any': '不限',
  'stmt.discrepancy.description': '问题说明',
  'stmt.discrepancy.descriptionPlaceholder': '例如：2025年3月单位已扣缴养老保险费，但记录显示欠缴。',
  'stmt.discrepancy.submit': '提交',
  'stmt.discrepancy.done': '已提交，办件编号：',
  'stmt.discrepancy.doneText': '经办机构将核实您的记录，并通过短信告知处理进度。您可在“我的办件”中随时查看。',
  'stmt.discrepancy.viewCase': '查看办件',
  'stmt.discrepancy.close': '关闭',

  'stmt.access.title': '查询记录（谁查看了我的记录）',
  'stmt.access.intro':
    '经办机构工作人员每次查看、查询、打印或变更您的社会保险记录（含缴费信息和办件）都会留痕，这里按时间倒序列出。',
  'stmt.access.at': '时间',
  'stmt.access.staff': '工作人员',
  'stmt.access.agency': '经办机构',
  'stmt.access.action': '事项',
  'stmt.access.empty': '暂无工作人员查看您的记录',
  'stmt.access.label.viewed_record': '查看参保信息',
  'stmt.access.label.viewed_history': '查看变更历史',
  'stmt.access.label.viewed_rights': '查看权益记录',
  'stmt.access.label.revealed_data': '查看完整个人信息',
  'stmt.access.label.changed_record': '变更记录',
  'stmt.access.label.printed_statement': '打印权益记录单',
  'stmt.access.label.issued_certificate': '开具参保证明',
  'stmt.access.label.found_in_search': '查询时显示了您的信息',
  'stmt.access.label.viewed_contributions': '查看缴费信息',
  'stmt.access.label.viewed_case': '查看您的办件',
  'stmt.access.label.handled_case': '办理您的办件',
  'stmt.access.label.other': '其他（{action}）',

  'stmt.scheme.pension': '养老保险',
  'stmt.scheme.medical': '医疗保险',
  'stmt.scheme.unemployment': '失业保险',
  'stmt.scheme.work_injury': '工伤保险',

  'stmt.verify.title': '个人权益记录单核验',
  'stmt.verify.intro':
    '输入记录单上的编号和验证码，核验这份个人权益记录单是否由经办机构开具。扫描记录单上的二维码会自动填入。',
  'stmt.verify.no': '记录单编号',
  'stmt.verify.code': '验证码',
  'stmt.verify.check': '核验',
  'stmt.verify.emptyHint': '核验结果将显示在这里。',
  'stmt.verify.valid': '记录单真实有效',
  'stmt.verify.year': '年度',
  'stmt.verify.issuedAt': '开具时间',
  'stmt.verify.holder': '参保人',
  'stmt.verify.notFound': '没有与该编号和验证码相符的记录单',
  'stmt.verify.notFoundText': '请核对记录单编号和验证码是否输入正确。如记录单为伪造，请向经办机构举报。',
} as const;

/**
 * zh-CN texts of message delivery: the system administrator's delivery page and the hall's notice
 * when no text messages can be sent. Spread into `zh.ts`; `messages.en.ts` is typed against it.
 */
export const messagesZh = {
  'menu.messages': '消息投递',
  'home.messagesText': '短信、邮件的投递状态，失败重试与重新投递',
  'msg.description':
    '业务提交后，短信和邮件由投递程序在后台发送：失败的按递增间隔自动重试，8 次仍失败的转为“投递失败”，可在核实网关或收件信息后重新投递。为保护个人信息，此处不显示消息正文。',
  'msg.providers': '投递渠道',
  'msg.provider.none': '未配置',
  'msg.chart': '各渠道消息状态',
  'msg.channel.sms': '短信',
  'msg.channel.email': '邮件',
  'msg.channel.inbox': '站内信',
  'msg.status.queued': '待投递',
  'msg.status.sent': '已投递',
  'msg.status.dead': '投递失败',
  'msg.filter.status': '状态',
  'msg.filter.channel': '渠道',
  'msg.filter.all': '全部',
  'msg.col.id': '编号',
  'msg.col.channel': '渠道',
  'msg.col.recipient': '收件人',
  'msg.col.purpose': '用途',
  'msg.col.status': '状态',
  'msg.col.attempts': '尝试次数',
  'msg.col.lastError': '最近错误',
  'msg.col.createdAt': '生成时间',
  'msg.col.sentAt': '投递时间',
  'msg.col.nextAttemptAt': '下次尝试',
  'msg.requeue': '重新投递',
  'msg.requeueConfirm': '确认将第 {id} 号消息重新放入投递队列？它将重新尝试 8 次。',
  'msg.requeued': '已重新放入投递队列',
  'msg.hall.smsUnavailable':
    '本系统暂未开通短信服务，无法发送验证码，因此不能在网上开通账户或登录。请携带本人身份证件（单位请携带营业执照和经办人身份证件）到就近的社会保险经办窗口办理。',
} as const;

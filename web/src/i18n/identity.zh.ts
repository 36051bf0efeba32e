/**
 * zh-CN texts of proven identity (issue 14): opening a hall account with the phone on file or an
 * activation code, changing the login phone, the clerk's activation code, the register's name at
 * intake and the reviewer's name override. Spread into `zh.ts`; `identity.en.ts` is typed against it.
 */
export const identityZh = {
  'identity.register.lead':
    '请填写证件号码和登记的姓名（单位填写登记的单位名称）。信息与登记一致的，验证码将发送至登记的手机号码。',
  'identity.register.neutral':
    '若信息与登记一致且尚未开通账户，验证码已发送至登记的手机，请在 5 分钟内输入。未登记手机号码或手机号码已变更的，请持证件到经办窗口办理激活，或申请邮寄激活码至登记地址。',
  'identity.register.haveCode': '已有窗口签发的激活码？',
  'identity.register.useCode': '用激活码开通',

  'identity.activate.titlePerson': '个人账户激活',
  'identity.activate.titleEmployer': '单位账户激活',
  'identity.activate.lead':
    '请输入经办窗口签发的激活码（见告知单、通知函或短信），并填写用于登录的手机号码。已开通账户的，将改用此手机号码和新密码。',
  'identity.activate.code': '激活码',
  'identity.activate.codeHint': '10 位字母和数字，如 ABCDE-23456，不区分大小写',
  'identity.activate.codeLooksWrong': '激活码为 10 位字母和数字，请核对',
  'identity.activate.phone': '登录手机号码',
  'identity.activate.phoneHint': '将向该手机发送验证码；以后登录也使用该手机',
  'identity.activate.submit': '验证激活码',
  'identity.activate.done': '账户已开通',
  'identity.activate.noCode': '没有激活码？',
  'identity.activate.online': '凭登记的手机号码开通',

  'identity.phone.label': '登录手机',
  'identity.phone.change': '更换',
  'identity.phone.title': '更换登录手机',
  'identity.phone.lead':
    '将分别向当前登录手机和新手机发送验证码，两个验证码均正确才能更换。当前手机已无法使用的，请持证件到经办窗口办理。',
  'identity.phone.new': '新手机号码',
  'identity.phone.send': '获取验证码',
  'identity.phone.currentCode': '当前手机（{to}）收到的验证码',
  'identity.phone.newCode': '新手机（{to}）收到的验证码',
  'identity.phone.confirm': '确认更换',
  'identity.phone.changed': '登录手机已更换',

  'identity.activation.action': '开通激活码',
  'identity.activation.title': '签发网上服务大厅开通激活码 — {name}',
  'identity.activation.lead':
    '请核验证件原件（单位另核验经办人身份证件和授权书），确认与登记信息一致后签发。激活码只显示一次，系统不保存明文。',
  'identity.activation.documentType': '核验的证件',
  'identity.activation.checked': '已核验证件原件，与登记信息一致',
  'identity.activation.checkedRequired': '须核验证件原件后方可签发',
  'identity.activation.delivery': '交付方式',
  'identity.activation.phone': '经核实的手机号码',
  'identity.activation.submit': '签发',
  'identity.activation.code': '激活码',
  'identity.activation.validThrough': '有效期至 {date}（含当日）',
  'identity.activation.sentTo': '已发送至 {to}',
  'identity.activation.accountExists': '该对象已开通账户：使用此激活码将改用新的登录手机和新密码，原登录会话失效。',
  'identity.activation.once': '激活码只在此显示一次，请立即打印或交付；关闭后无法再次查看，如遗失须重新签发。',
  'identity.activation.print': '打印告知单',
  'identity.activation.printLetter': '打印通知函',
  'identity.activation.done': '完成',
  'identity.doc.resident_id_card': '居民身份证',
  'identity.doc.temporary_id_card': '临时居民身份证',
  'identity.doc.passport': '护照',
  'identity.doc.residence_permit': '居住证或永久居留身份证',
  'identity.doc.business_licence': '营业执照',
  'identity.doc.legal_person_certificate': '法人登记证书',
  'identity.delivery.slip': '现场打印告知单',
  'identity.delivery.letter': '邮寄通知函至登记地址',
  'identity.delivery.sms': '短信发送至经核实的手机',

  'identity.intake.registeredName': '已按登记信息填入：{name}',
  'identity.intake.notRegistered': '该证件号码未登记，请按证件填写',
  'identity.intake.nameDiffers': '与登记的“{name}”不一致：须复核员授权后方可受理',
  'identity.intake.nameHint': '已登记的证件号码按登记信息受理，可不填',

  'identity.override.menu': '姓名核对授权',
  'identity.override.menuText': '申请人证件姓名与登记不一致时，核实后授权受理',
  'identity.override.title': '申请人姓名与登记不一致的受理授权',
  'identity.override.lead':
    '申请人证件所载姓名（名称）与登记信息不一致（如已更名尚未变更登记、登记有误）时，复核员核实后授权受理一次，4 小时内有效。按此受理的办件不进入该证件号码的网上服务大厅。',
  'identity.override.name': '证件所载姓名（名称）',
  'identity.override.reason': '核实情况与理由',
  'identity.override.submit': '授权受理',
  'identity.override.granted': '已授权：{name}（登记为 {registered}），{time} 前受理有效',

  'identity.case.verified': '身份已与登记信息核验',
  'identity.case.unverified': '未经登记信息核验',
  'identity.case.override': '姓名与登记的“{registered}”不一致，由 {by} 授权受理：{reason}',
} as const;

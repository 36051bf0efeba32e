/**
 * zh-CN texts of administrators' credential resets and the login throttle (issue 14). Spread into
 * `zh.ts`; `credentials.en.ts` is typed against this object.
 */
export const credentialsZh = {
  'credentialReset.menu': '凭据重置审批',
  'credentialReset.home': '管理员账号的密码与双因素重置须由另一名管理员审批',
  'credentialReset.description':
    '三员账号的密码和身份验证器不能由一名管理员单独重置：一人申请，另一名担任不同管理角色的管理员审批；申请人与账号本人均不能审批。批准后系统生成临时密码，只显示给审批人一次，由其当面交给本人。',
  'credentialReset.request': '申请重置凭据',
  'credentialReset.requestTitle': '申请重置凭据：{name}',
  'credentialReset.requestHint':
    '管理员账号的密码和双因素须经另一名管理员审批后才能重置。批准后，本人下次登录时须修改密码并重新绑定身份验证器。',
  'credentialReset.reason': '申请理由',
  'credentialReset.requested': '重置申请已提交，等待另一名管理员审批',
  'credentialReset.pending': '待审批',
  'credentialReset.all': '全部',
  'credentialReset.account': '账号',
  'credentialReset.requestedBy': '申请人',
  'credentialReset.requestedAt': '申请时间',
  'credentialReset.expiresAt': '有效期至',
  'credentialReset.decidedBy': '处理人',
  'credentialReset.note': '处理意见',
  'credentialReset.approve': '批准',
  'credentialReset.reject': '驳回',
  'credentialReset.withdraw': '撤回',
  'credentialReset.approveConfirm': '确定批准重置“{name}”的密码和双因素吗？其所有会话将立即结束。',
  'credentialReset.rejectConfirm': '确定驳回（或撤回）这份重置申请吗？',
  'credentialReset.rejected': '重置申请已驳回',
  'credentialReset.approvedTitle': '已重置：{name}',
  'credentialReset.approvedText':
    '请将下面的临时密码当面交给本人。它只显示这一次；本人下次登录时须修改密码并重新绑定身份验证器。',
  'credentialReset.status.pending': '待审批',
  'credentialReset.status.approved': '已批准',
  'credentialReset.status.rejected': '已驳回',
  'credentialReset.status.expired': '已过期',
  'credentialReset.empty': '没有重置申请',
  'staff.needsApproval': '需审批',
  'staff.throttled': '登录受限',
  'staff.unlockThrottle': '解除登录限制',
  'staff.unlockThrottleConfirm': '确定清除“{name}”的登录失败计数吗？其可立即重新登录。',
  'staff.throttleLifted': '登录限制已解除',
  'error.retryAfter': '请在 {seconds} 秒后再试',
} as const;

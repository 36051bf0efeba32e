import { defineRejections } from '../../kernel/rejection.ts';

/** Named refusals of the organisation module. */
export const orgRejections = defineRejections({
  agency_not_found: { kind: 'not_found', zh: '经办机构不存在', en: 'The agency does not exist' },
  agency_code_taken: { kind: 'conflict', zh: '机构编码已被使用', en: 'The agency code is already in use' },
  agency_cycle: {
    kind: 'invalid',
    zh: '不能把机构移到它自己或其下级机构之下',
    en: 'An agency cannot be moved under itself or one of its descendants',
  },
  agency_level_invalid: {
    kind: 'invalid',
    zh: '机构层级必须低于上级机构的层级',
    en: 'An agency must be at a lower level than its parent',
  },
  division_code_invalid: {
    kind: 'invalid',
    zh: '行政区划代码与机构层级或上级机构的区划不符',
    en: 'The division code does not fit the level or the parent’s division',
  },
  agency_closed: { kind: 'conflict', zh: '经办机构已撤销', en: 'The agency is closed' },
  agency_has_active_children: {
    kind: 'conflict',
    zh: '该机构还有未撤销的下级机构',
    en: 'The agency still has open child agencies',
  },
  agency_has_active_staff: { kind: 'conflict', zh: '该机构还有在岗工作人员', en: 'The agency still has active staff' },
  agency_has_active_service_points: {
    kind: 'conflict',
    zh: '该机构还有未关闭的服务网点',
    en: 'The agency still has open service points',
  },
  agency_is_own: {
    kind: 'forbidden',
    zh: '不能移动或撤销本人所属的机构或其上级',
    en: 'You cannot move or close your own agency or its ancestors',
  },
  closed_before_opened: {
    kind: 'invalid',
    zh: '撤销日期不能早于设立日期',
    en: 'The closing date is before the opening date',
  },
  agency_no_change: { kind: 'invalid', zh: '没有需要保存的修改', en: 'Nothing was changed' },
  version_conflict: {
    kind: 'conflict',
    zh: '数据已被他人修改，请刷新后重试',
    en: 'Someone else changed this record; reload and try again',
  },
  service_point_not_found: { kind: 'not_found', zh: '服务网点不存在', en: 'The service point does not exist' },
  service_window_not_found: { kind: 'not_found', zh: '服务窗口不存在', en: 'The service window does not exist' },
  window_number_taken: { kind: 'conflict', zh: '窗口编号已存在', en: 'That window number already exists' },
  service_point_closed: { kind: 'conflict', zh: '服务网点已关闭', en: 'The service point is closed' },
  opening_hours_invalid: {
    kind: 'invalid',
    zh: '办公时间不正确：开始时间须早于结束时间',
    en: 'Opening hours are not valid: opening must be before closing',
  },
  staff_not_found: { kind: 'not_found', zh: '工作人员不存在', en: 'The staff member does not exist' },
  username_taken: { kind: 'conflict', zh: '用户名已被使用', en: 'The user name is already in use' },
  role_unknown: { kind: 'invalid', zh: '角色不存在', en: 'Unknown role' },
  roles_not_separable: {
    kind: 'invalid',
    zh: '系统管理员、安全保密管理员、安全审计员三员须分设，且不得兼任业务角色',
    en: 'The three administrator roles must be held separately and never with business roles',
  },
  role_grant_forbidden: {
    kind: 'forbidden',
    zh: '管理员角色只能由安全保密管理员授予',
    en: 'Only the security officer may grant administrator roles',
  },
  role_fixed: {
    kind: 'forbidden',
    zh: '三员角色的权限固定，不能修改',
    en: 'The permissions of the administrator roles are fixed',
  },
  permission_not_allowed_for_role: {
    kind: 'invalid',
    zh: '业务角色不能被授予管理类权限',
    en: 'Business roles cannot be given administrator permissions',
  },
  cannot_change_self: {
    kind: 'forbidden',
    zh: '不能修改本人的角色、停用或重置本人账号',
    en: 'You cannot change your own roles, disable or reset yourself',
  },
  roles_required: { kind: 'invalid', zh: '至少需要一个角色', en: 'At least one role is required' },
  credential_reset_needs_approval: {
    kind: 'forbidden',
    zh: '管理员账号的密码和双因素须经另一名管理员审批后才能重置，请提交重置申请',
    en: 'An administrator’s password and second factor are reset only with a second administrator’s approval; request the reset',
  },
  credential_reset_not_needed: {
    kind: 'invalid',
    zh: '该账号不是管理员账号，可直接重置密码或双因素',
    en: 'This account is not an administrator’s; reset its password or second factor directly',
  },
  credential_reset_pending: {
    kind: 'conflict',
    zh: '该账号已有一份待审批的重置申请',
    en: 'A reset of this account is already waiting for approval',
  },
  credential_reset_not_found: { kind: 'not_found', zh: '重置申请不存在', en: 'The reset request does not exist' },
  credential_reset_decided: {
    kind: 'conflict',
    zh: '该重置申请已处理',
    en: 'This reset request has already been decided',
  },
  credential_reset_expired: {
    kind: 'conflict',
    zh: '该重置申请已超过有效期，请重新申请',
    en: 'This reset request has expired; request a new one',
  },
  credential_reset_own_request: {
    kind: 'forbidden',
    zh: '不能审批本人提交的重置申请',
    en: 'You cannot approve a reset you requested',
  },
  credential_reset_own_account: {
    kind: 'forbidden',
    zh: '不能处理针对本人账号的重置申请',
    en: 'You cannot decide on a reset of your own account',
  },
  credential_reset_same_role: {
    kind: 'forbidden',
    zh: '审批人须担任与申请人不同的管理员角色（三员互相制约）',
    en: 'The approver must hold another administrator role than the requester (the three administrators check each other)',
  },
});

export const rejectOrg = orgRejections.reject;

/** Permissions, roles and the authenticated actor that every route sees. */
import type { ApiKeyScope } from '../registration/index.ts';

/**
 * Every permission a route can require. 'business' permissions may be granted to business roles;
 * 'admin' permissions belong to the three separated administrators only (MLPS level 3).
 */
export const PERMISSIONS = {
  'org.read': { kind: 'business', zh: '查看经办机构与服务网点', en: 'View agencies and service points' },
  'staff.read': { kind: 'business', zh: '查看工作人员', en: 'View staff' },
  'case.read': { kind: 'business', zh: '查看业务办件', en: 'View cases' },
  'case.accept': { kind: 'business', zh: '受理业务', en: 'Accept and intake cases' },
  'case.review': { kind: 'business', zh: '复核业务', en: 'Review cases' },
  'case.approve': { kind: 'business', zh: '审批业务', en: 'Approve cases' },
  'queue.operate': { kind: 'business', zh: '窗口叫号', en: 'Call tickets at a window' },
  'archive.read': { kind: 'business', zh: '查阅业务档案', en: 'Consult the business archive' },
  'catalog.manage': { kind: 'business', zh: '维护服务事项目录', en: 'Maintain the service catalogue' },
  'service.monitor': { kind: 'business', zh: '服务监控', en: 'Monitor service and deadlines' },
  'callback.handle': { kind: 'business', zh: '差评回访整改', en: 'Handle call-backs for poor ratings' },
  'registration.read': { kind: 'business', zh: '查看参保登记信息', en: 'View registrations' },
  'registration.write': { kind: 'business', zh: '办理参保登记', en: 'Register employers, persons and enrolments' },
  'registration.review': {
    kind: 'business',
    zh: '复核参保登记（疑似重复、合并、证书撤销）',
    en: 'Review registrations (suspected duplicates, merges, certificate revocation)',
  },
  'personal_data.reveal': { kind: 'business', zh: '查看完整个人敏感信息', en: 'Reveal full personal identifiers' },
  'policy.read': { kind: 'business', zh: '查看政策参数', en: 'View policy parameters' },
  'policy.propose': { kind: 'business', zh: '提出政策参数变更', en: 'Propose policy parameter changes' },
  'policy.approve': { kind: 'business', zh: '审批政策参数变更', en: 'Approve policy parameter changes' },
  'rights.read': { kind: 'business', zh: '查看个人权益记录', en: 'View rights records' },
  'ledger.read': { kind: 'business', zh: '查看基金账务', en: 'View the fund ledger' },
  'ledger.post': { kind: 'business', zh: '记账与发起冲正', en: 'Post entries and propose corrections' },
  'ledger.approve': { kind: 'business', zh: '审批冲正', en: 'Approve ledger corrections' },
  'collection.read': { kind: 'business', zh: '查看征缴', en: 'View contribution collection' },
  'collection.declare': { kind: 'business', zh: '受理缴费申报', en: 'Accept contribution declarations' },
  'collection.pay': { kind: 'business', zh: '登记缴款与导入缴款文件', en: 'Record payments and import payment files' },
  'collection.enforce': { kind: 'business', zh: '欠费催缴', en: 'Pursue arrears' },
  'collection.approve': {
    kind: 'business',
    zh: '审批退费、补缴与缓缴',
    en: 'Approve refunds, back payments and deferrals',
  },
  'collection.close': { kind: 'business', zh: '征缴月结', en: 'Close collection months' },
  'org.manage': { kind: 'admin', zh: '管理经办机构', en: 'Manage agencies' },
  'service_point.manage': { kind: 'admin', zh: '管理服务网点与窗口', en: 'Manage service points and windows' },
  'staff.manage': { kind: 'admin', zh: '管理工作人员账号', en: 'Manage staff accounts' },
  'role.manage': { kind: 'admin', zh: '管理角色与权限', en: 'Manage roles and permissions' },
  'audit.read': { kind: 'admin', zh: '查阅审计日志', en: 'Read the audit log' },
  'calendar.manage': { kind: 'admin', zh: '维护节假日日历', en: 'Maintain the holiday calendar' },
} as const satisfies Record<string, { kind: 'business' | 'admin'; zh: string; en: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const permissionCodes = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(code: string): code is Permission {
  return Object.hasOwn(PERMISSIONS, code);
}

export const ADMIN_ROLES = ['sysadmin', 'security_officer', 'audit_admin'] as const;
export const BUSINESS_ROLES = ['clerk', 'reviewer', 'approver', 'fund_accountant', 'auditor', 'supervisor'] as const;
export type RoleCode = (typeof ADMIN_ROLES)[number] | (typeof BUSINESS_ROLES)[number];

export function isAdminRole(code: string): boolean {
  return (ADMIN_ROLES as readonly string[]).includes(code);
}

/** A logged-in member of staff, with what they may do and where. */
export interface StaffActor {
  readonly kind: 'staff';
  readonly id: number;
  readonly username: string;
  readonly displayName: string;
  readonly agencyId: number;
  /** Materialised path of the staff member's agency; their scope is every path with this prefix. */
  readonly agencyPath: string;
  readonly roles: readonly string[];
  readonly permissions: ReadonlySet<string>;
  readonly isDemo: boolean;
}

/** A logged-in insured person or employer of the self-service hall. */
export interface PublicActor {
  readonly kind: 'person' | 'employer';
  readonly id: number;
  readonly displayName: string;
  readonly identifierMasked: string;
}

export type Actor = StaffActor | PublicActor;

/** Who may call a route. Every route declares one; `http/` refuses to register a route without it. */
export type Access =
  | { readonly public: true }
  | { readonly authenticated: 'any' | 'staff' | 'public_user' }
  | { readonly permission: Permission }
  | { readonly anyPermission: readonly Permission[] }
  /** The payroll API: `Authorization: Bearer sbk_…`, an employer API key carrying this scope. */
  | { readonly apiKey: ApiKeyScope };

export const IDLE_TIMEOUT_SECONDS = 30 * 60;
export const LOCKOUT_FAILURES = 5;
export const LOCKOUT_MINUTES = 15;
export const CHALLENGE_MINUTES = 10;
export const OTP_MINUTES = 5;
export const OTP_ATTEMPTS_MAX = 5;
export const PASSWORD_HISTORY_DEPTH = 5;

/** Permissions, roles, API-key scopes and the authenticated actor that every route sees. */
import type { Executor } from '../../db/connection.ts';
import type { DataKeys } from '../../kernel/sm-crypto.ts';

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
  'message.monitor': { kind: 'admin', zh: '消息投递监控与重发', en: 'Monitor message delivery and requeue' },
  'credential_reset.approve': {
    kind: 'admin',
    zh: '审批管理员的密码与双因素重置',
    en: 'Approve resets of administrators’ passwords and second factors',
  },
  'calendar.manage': { kind: 'admin', zh: '维护节假日日历', en: 'Maintain the holiday calendar' },
} as const satisfies Record<string, { kind: 'business' | 'admin'; zh: string; en: string }>;

export type Permission = keyof typeof PERMISSIONS;

export const permissionCodes = Object.keys(PERMISSIONS) as Permission[];

export function isPermission(code: string): code is Permission {
  return Object.hasOwn(PERMISSIONS, code);
}

/**
 * What an employer's API key may do, one scope per kind of call: each payroll-API route requires
 * exactly one, and a key carries the scopes its employer chose. No scope records money: payments
 * are received from the bank side only; an employer sends a payment notice that waits to be matched.
 */
export const API_KEY_SCOPES = {
  'employment.read': { zh: '查询职工', en: 'List employees' },
  'employment.write': { zh: '报送增员和减员', en: 'Report hires and separations' },
  'declarations.write': { zh: '申报缴费工资', en: 'Declare contribution wages' },
  'bills.read': { zh: '查询缴费单', en: 'List bills' },
  'payment_notices.write': { zh: '发送缴款通知', en: 'Send payment notices' },
  'payment_notices.read': { zh: '查询缴款通知及其核对结果', en: 'List payment notices and whether they matched' },
} as const satisfies Record<string, { zh: string; en: string }>;

export type ApiKeyScope = keyof typeof API_KEY_SCOPES;

/** Every scope, in the order above. */
export const apiKeyScopeCodes = Object.keys(API_KEY_SCOPES) as [ApiKeyScope, ...ApiKeyScope[]];

export function isApiKeyScope(code: string): code is ApiKeyScope {
  return Object.hasOwn(API_KEY_SCOPES, code);
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
/** Failures a login counter lets through before each further attempt must wait. */
export const THROTTLE_FREE_FAILURES = 5;
/** The longest wait a login counter imposes: the old lock's 15 minutes. */
export const THROTTLE_DELAY_MAX_SECONDS = 15 * 60;
/** A login counter is forgotten this long after its last failure. */
export const THROTTLE_MEMORY_SECONDS = 60 * 60;
/** A browser stays trusted for a login name this long after its last complete login there. */
export const DEVICE_TRUST_DAYS = 90;
export const CHALLENGE_MINUTES = 10;
export const OTP_MINUTES = 5;
export const OTP_ATTEMPTS_MAX = 5;
export const PASSWORD_HISTORY_DEPTH = 5;

/** Wrong activation codes an activation takes before it is spent (its holder asks the window again). */
export const ACTIVATION_ATTEMPTS_MAX = 5;
/** How long an activation code lives, by how it travels: a letter needs the post. */
export const ACTIVATION_DAYS = { slip: 7, sms: 7, letter: 15 } as const;
export type ActivationDeliveryKind = keyof typeof ACTIVATION_DAYS;
/** The documents a clerk may accept as proof of a holder, per kind. */
export const ACTIVATION_DOCUMENTS = {
  person: ['resident_id_card', 'temporary_id_card', 'passport', 'residence_permit'],
  employer: ['business_licence', 'legal_person_certificate'],
} as const;
export type ActivationDocument = (typeof ACTIVATION_DOCUMENTS)[keyof typeof ACTIVATION_DOCUMENTS][number];

/** What the register says about a person or an employer, as far as proving who they are needs it. */
export interface RegisteredHolder {
  readonly kind: 'person' | 'employer';
  /** The person_id or employer id. */
  readonly id: number;
  /** The person's name or the employer's registered name. */
  readonly name: string;
  /** The mobile phone on file (an employer's registered contact phone); null when none or a landline. */
  readonly mobile: string | null;
}

/**
 * Looks a citizen ID or credit code (normalised) up in the register; null when it is not there (or
 * the person is deceased). The registration module implements it; auth and cases sit below
 * registration, so `http/` hands it to their routes.
 */
export type RegisterLookup = (
  db: Executor,
  keys: DataKeys,
  kind: 'person' | 'employer',
  normalizedIdentifier: string,
) => Promise<RegisteredHolder | null>;

/**
 * What a certificate states, composed from a snapshot of the records (pure). The statements are
 * printed on the PDF and shown by the public check exactly as stored, so personal values in them
 * are masked here, once.
 */
import type { CertificateKind, EmployerStatus, EmployerType, Scheme } from './registration.model.ts';

/** What a certificate says about whom; stored as `certificates.content`. */
export interface CertificateContent {
  readonly titleZh: string;
  readonly titleEn: string;
  readonly subject: {
    readonly kind: 'employer' | 'person';
    readonly name: string;
    readonly creditCode?: string;
    readonly employerNo?: string;
    readonly idMasked?: string;
  };
  /** Lines as printed, in Chinese (the certificate's language). */
  readonly statements: readonly string[];
  /** The day the snapshot was taken (the issue day). */
  readonly asOf: string;
  readonly agencyName: string;
}

export const CERTIFICATE_TITLES: Readonly<Record<CertificateKind, { zh: string; en: string }>> = {
  employer_registration: { zh: '社会保险登记证', en: 'Social insurance registration certificate' },
  employer_insurance: { zh: '单位参保证明', en: 'Certificate of employer insurance' },
  person_insurance: { zh: '个人参保证明', en: 'Certificate of personal insurance' },
};

export const SCHEME_NAMES_ZH: Readonly<Record<Scheme, string>> = {
  pension: '基本养老保险',
  medical: '基本医疗保险（含生育保险）',
  unemployment: '失业保险',
  work_injury: '工伤保险',
};

const EMPLOYER_TYPE_ZH: Readonly<Record<EmployerType, string>> = {
  enterprise: '企业',
  government: '机关',
  institution: '事业单位',
  individual_business: '个体工商户',
  project: '建设项目',
};

const EMPLOYER_STATUS_ZH: Readonly<Record<EmployerStatus, string>> = {
  active: '正常参保',
  suspended: '暂停参保',
  cancelled: '已注销',
};

const RISK_CLASS_ZH = ['', '一类', '二类', '三类', '四类', '五类', '六类', '七类', '八类'];

/** The employer facts a certificate prints. */
export interface EmployerFacts {
  readonly name: string;
  readonly creditCode: string;
  readonly employerNo: string;
  readonly type: EmployerType;
  readonly industryCode: string;
  readonly industryNameZh: string;
  readonly riskClass: number;
  readonly legalRepName: string;
  readonly address: string;
  readonly registeredOn: string;
  readonly status: EmployerStatus;
  readonly agencyName: string;
}

function employerSubject(e: EmployerFacts): CertificateContent['subject'] {
  return { kind: 'employer', name: e.name, creditCode: e.creditCode, employerNo: e.employerNo };
}

/** 社会保险登记证: who the employer is, where it is registered, until when it is verified. */
export function registrationContent(e: EmployerFacts, asOf: string, verifyDueOn: string): CertificateContent {
  const title = CERTIFICATE_TITLES.employer_registration;
  return {
    titleZh: title.zh,
    titleEn: title.en,
    subject: employerSubject(e),
    statements: [
      `单位名称：${e.name}`,
      `统一社会信用代码：${e.creditCode}`,
      `单位参保编号：${e.employerNo}`,
      `单位类型：${EMPLOYER_TYPE_ZH[e.type]}`,
      `所属行业：${e.industryCode} ${e.industryNameZh}（工伤保险行业风险${RISK_CLASS_ZH[e.riskClass]}）`,
      `法定代表人（负责人）：${e.legalRepName}`,
      `住所：${e.address}`,
      `参保登记日期：${e.registeredOn}`,
      `发证日期：${asOf}`,
      `下次验证日期：${verifyDueOn}（逾期未验证的，本证暂停使用）`,
    ],
    asOf,
    agencyName: e.agencyName,
  };
}

/** 单位参保证明: the employer's status, its active employees and the schemes they are enrolled in. */
export function employerInsuranceContent(
  e: EmployerFacts,
  asOf: string,
  activeEmployees: number,
  enrolledByScheme: Readonly<Partial<Record<Scheme, number>>>,
): CertificateContent {
  const title = CERTIFICATE_TITLES.employer_insurance;
  const schemes = (Object.keys(SCHEME_NAMES_ZH) as Scheme[])
    .filter((s) => (enrolledByScheme[s] ?? 0) > 0)
    .map((s) => `${SCHEME_NAMES_ZH[s]} ${enrolledByScheme[s]} 人`);
  return {
    titleZh: title.zh,
    titleEn: title.en,
    subject: employerSubject(e),
    statements: [
      `兹证明 ${e.name}（统一社会信用代码 ${e.creditCode}，单位参保编号 ${e.employerNo}）于 ${e.registeredOn} 在本机构办理社会保险登记。`,
      `截至 ${asOf}，该单位参保状态为：${EMPLOYER_STATUS_ZH[e.status]}。`,
      `在职参保职工：${activeEmployees} 人。`,
      `参保险种：${schemes.length > 0 ? schemes.join('；') : '无在保人员'}。`,
      '特此证明。',
    ],
    asOf,
    agencyName: e.agencyName,
  };
}

/** One enrolment as the person's certificate prints it. */
export interface EnrolmentFacts {
  readonly scheme: Scheme;
  readonly category: 'employee' | 'flexible';
  readonly employerName: string | null;
  readonly startedOn: string;
  readonly endedOn: string | null;
  readonly status: 'active' | 'suspended' | 'terminated';
}

export interface PersonFacts {
  readonly name: string;
  readonly idMasked: string;
  readonly agencyName: string;
}

/** Largest number of enrolment lines printed; older ones are summarised in one line. */
export const ENROLMENT_LINES_MAX = 60;

function enrolmentLine(e: EnrolmentFacts): string {
  const who = e.category === 'flexible' ? '灵活就业人员' : `职工，参保单位：${e.employerName ?? '—'}`;
  if (e.status === 'terminated')
    return `${SCHEME_NAMES_ZH[e.scheme]}：${e.startedOn} 至 ${e.endedOn}（${who}，已终止）`;
  const state = e.status === 'active' ? '参保缴费' : '暂停缴费';
  return `${SCHEME_NAMES_ZH[e.scheme]}：自 ${e.startedOn} 起${state}（${who}）`;
}

/** 个人参保证明: the person (ID masked), the current and then the past enrolments. */
export function personInsuranceContent(
  p: PersonFacts,
  asOf: string,
  enrolments: readonly EnrolmentFacts[],
): CertificateContent {
  const title = CERTIFICATE_TITLES.person_insurance;
  const current = enrolments.filter((e) => e.status !== 'terminated');
  const past = enrolments.filter((e) => e.status === 'terminated');
  const lines = [...current, ...past].map(enrolmentLine);
  const shown = lines.slice(0, ENROLMENT_LINES_MAX);
  if (lines.length > shown.length) shown.push(`另有 ${lines.length - shown.length} 条较早的参保记录未列出。`);
  return {
    titleZh: title.zh,
    titleEn: title.en,
    subject: { kind: 'person', name: p.name, idMasked: p.idMasked },
    statements: [
      `姓名：${p.name}`,
      `公民身份号码：${p.idMasked}`,
      `兹证明上述人员截至 ${asOf} 的参保情况如下：`,
      ...(shown.length > 0 ? shown : ['无参保记录。']),
      '特此证明。',
    ],
    asOf,
    agencyName: p.agencyName,
  };
}

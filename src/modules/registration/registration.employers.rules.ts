/**
 * Pure decisions about employers: status transitions, what blocks a cancellation, the employer
 * number, contact and bank formats, and which fields a change touches (masked for the history).
 */
import { compareDates, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { Cents } from '../../kernel/cents.ts';
import { maskCitizenId, maskPhone } from '../auth/index.ts';
import { diffFields, type FieldChange } from './registration.history.ts';
import { maskBankAccount } from './registration.identity.ts';
import type { EmployerStatus } from './registration.model.ts';

export const EMPLOYER_ACTIONS = ['suspend', 'resume', 'cancel'] as const;
export type EmployerAction = (typeof EMPLOYER_ACTIONS)[number];

/** Which statuses each action starts from and where it leads. Cancelled is final. */
export const EMPLOYER_TRANSITIONS: Readonly<
  Record<EmployerAction, { readonly from: readonly EmployerStatus[]; readonly to: EmployerStatus }>
> = {
  suspend: { from: ['active'], to: 'suspended' },
  resume: { from: ['suspended'], to: 'active' },
  cancel: { from: ['active', 'suspended'], to: 'cancelled' },
};

export type TransitionDecision =
  | { readonly ok: true; readonly to: EmployerStatus }
  | { readonly ok: false; readonly code: 'employer_cancelled' | 'employer_status_invalid' };

/** Whether `action` may be taken on an employer in `status`, and the status it leads to. */
export function employerTransition(status: EmployerStatus, action: EmployerAction): TransitionDecision {
  if (status === 'cancelled') return { ok: false, code: 'employer_cancelled' };
  const rule = EMPLOYER_TRANSITIONS[action];
  return rule.from.includes(status) ? { ok: true, to: rule.to } : { ok: false, code: 'employer_status_invalid' };
}

/** What the cancellation check looks at. */
export interface CancellationFacts {
  /** Employments of this employer still active. */
  readonly activeEmployees: number;
  /**
   * Contributions, late fees and fines the employer still owes (SIL art. 60, COL: deregistration
   * needs them cleared). The contribution module does not exist yet, so the service passes 0;
   * once it does, the service passes the employer's outstanding balance here and nothing else changes.
   */
  readonly unpaidArrears: Cents;
}

/** The reason an employer cannot be cancelled, or null when it can. Employees are checked first. */
export function cancellationBlocker(
  facts: CancellationFacts,
): 'employer_has_active_employees' | 'employer_has_unpaid_arrears' | null {
  if (facts.activeEmployees > 0) return 'employer_has_active_employees';
  if (facts.unpaidArrears > 0) return 'employer_has_unpaid_arrears';
  return null;
}

/** Largest sequence an employer number can hold (8 digits). */
export const EMPLOYER_SEQUENCE_MAX = 99_999_999;

/** 单位参保编号: the 6-digit pooling region followed by an 8-digit sequence. */
export function employerNumber(poolingRegion: string, sequence: number): string {
  if (!/^\d{6}$/.test(poolingRegion)) throw new Error(`pooling region ${poolingRegion} is not 6 digits`);
  if (!Number.isSafeInteger(sequence) || sequence < 1 || sequence > EMPLOYER_SEQUENCE_MAX)
    throw new Error(`employer sequence ${sequence} is outside 1–${EMPLOYER_SEQUENCE_MAX}`);
  return `${poolingRegion}${String(sequence).padStart(8, '0')}`;
}

const MOBILE = /^1[3-9]\d{9}$/;
/** Area code 010–0999, a 7- or 8-digit number, an optional extension. */
const LANDLINE = /^(0\d{2,3})-?(\d{7,8})(?:-(\d{1,6}))?$/;

/** A contact phone normalised (mobile as 11 digits, landline as area-number[-ext]), or null. */
export function normaliseContactPhone(value: string): string | null {
  const compact = value.trim().replace(/[\s()（）]/g, '');
  if (MOBILE.test(compact)) return compact;
  const landline = LANDLINE.exec(compact);
  if (!landline) return null;
  return `${landline[1]}-${landline[2]}${landline[3] ? `-${landline[3]}` : ''}`;
}

/** Masks a contact phone: mobile 138****8000, landline 0571-****1234 (extension dropped). */
export function maskContactPhone(phone: string): string {
  if (MOBILE.test(phone)) return maskPhone(phone);
  const landline = LANDLINE.exec(phone);
  return landline ? `${landline[1]}-****${landline[2]!.slice(-4)}` : '****';
}

/** A bank account as its digits (spaces removed) when it has 8 to 30 of them, else null. */
export function normaliseBankAccount(value: string): string | null {
  const digits = value.replace(/\s+/g, '');
  return /^\d{8,30}$/.test(digits) ? digits : null;
}

/** The changeable values of an employer, in clear, as the diff compares them. */
export interface EmployerValues {
  readonly name: string;
  readonly type: string;
  readonly industryCode: string;
  readonly riskClass: string;
  readonly legalRepName: string;
  readonly legalRepId: string;
  readonly address: string;
  readonly contactName: string;
  readonly contactPhone: string;
  readonly bankName: string | null;
  readonly bankAccount: string | null;
  readonly poolingRegion: string;
  readonly agencyId: string;
  readonly foundedOn: string;
  readonly registeredOn: string;
}

/** Personal values, compared in clear but recorded masked in the history. */
const MASKS: Partial<Record<keyof EmployerValues, (value: string) => string>> = {
  legalRepId: maskCitizenId,
  contactPhone: maskContactPhone,
  bankAccount: maskBankAccount,
};

/** One change per differing field; personal values masked. Two different IDs with one mask still count. */
export function employerChanges(before: EmployerValues, after: EmployerValues): FieldChange[] {
  const plain = (v: EmployerValues) => ({ ...v }) as Record<string, string | null>;
  return diffFields(plain(before), plain(after)).map((change) => {
    const mask = MASKS[change.field as keyof EmployerValues];
    if (!mask) return change;
    return {
      field: change.field,
      oldValue: change.oldValue === null ? null : mask(change.oldValue),
      newValue: change.newValue === null ? null : mask(change.newValue),
    };
  });
}

/** Why the founding and registration dates cannot stand, or null: none in the future, registered ≥ founded. */
export function employerDatesProblem(
  foundedOn: CalendarDate,
  registeredOn: CalendarDate,
  today: CalendarDate,
): 'registration_date_in_future' | 'employer_registered_before_founding' | null {
  if (compareDates(foundedOn, today) > 0 || compareDates(registeredOn, today) > 0) return 'registration_date_in_future';
  if (compareDates(registeredOn, foundedOn) < 0) return 'employer_registered_before_founding';
  return null;
}

/**
 * Pure decisions about a person's record: what a registration stores from the citizen ID and what
 * the clerk entered, and which fields a change really changes (with personal values masked for
 * the history). No I/O.
 */
import type { CalendarDate } from '../../kernel/calendar-date.ts';
import type { Gender, ValidCitizenId } from '../../kernel/citizen-id.ts';
import { maskPhone } from '../auth/index.ts';
import { diffFields, type FieldChange } from './registration.history.ts';
import { checkPersonIdentity, maskBankAccount, type IdentityProblemCode } from './registration.identity.ts';
import type { HukouType } from './registration.model.ts';

/** ISO 3166-1 alpha-3 codes (nationality); CHN is the default. */
export const NATIONALITIES: ReadonlySet<string> = new Set(
  (
    'AFG ALA ALB DZA ASM AND AGO AIA ATA ATG ARG ARM ABW AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BMU BTN ' +
    'BOL BES BIH BWA BVT BRA IOT BRN BGR BFA BDI CPV KHM CMR CAN CYM CAF TCD CHL CHN CXR CCK COL COM COG COD ' +
    'COK CRI CIV HRV CUB CUW CYP CZE DNK DJI DMA DOM ECU EGY SLV GNQ ERI EST SWZ ETH FLK FRO FJI FIN FRA GUF ' +
    'PYF ATF GAB GMB GEO DEU GHA GIB GRC GRL GRD GLP GUM GTM GGY GIN GNB GUY HTI HMD VAT HND HKG HUN ISL IND ' +
    'IDN IRN IRQ IRL IMN ISR ITA JAM JPN JEY JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU ' +
    'LUX MAC MDG MWI MYS MDV MLI MLT MHL MTQ MRT MUS MYT MEX FSM MDA MCO MNG MNE MSR MAR MOZ MMR NAM NRU NPL ' +
    'NLD NCL NZL NIC NER NGA NIU NFK MKD MNP NOR OMN PAK PLW PSE PAN PNG PRY PER PHL PCN POL PRT PRI QAT REU ' +
    'ROU RUS RWA BLM SHN KNA LCA MAF SPM VCT WSM SMR STP SAU SEN SRB SYC SLE SGP SXM SVK SVN SLB SOM ZAF SGS ' +
    'SSD ESP LKA SDN SUR SJM SWE CHE SYR TWN TJK TZA THA TLS TGO TKL TON TTO TUN TUR TKM TCA TUV UGA UKR ARE ' +
    'GBR USA UMI URY UZB VUT VEN VNM VGB VIR WLF ESH YEM ZMB ZWE'
  ).split(' '),
);

export const DEFAULT_NATIONALITY = 'CHN';
/** Mainland mobile numbers (the only phones we can send an SMS to). */
export const PERSON_PHONE = /^1[3-9]\d{9}$/;
/** Bank account or card numbers: digits only once spaces are removed. */
export const BANK_ACCOUNT = /^\d{8,32}$/;
export const HUKOU_PLACE = /^\d{6}$/;
export const ADDRESS_LENGTH_MAX = 200;
export const BANK_NAME_LENGTH_MAX = 100;
export const REASON_LENGTH_MAX = 500;

/** The fields of a person a change may touch; birth date, gender and the ID never change. */
export const CHANGEABLE_FIELDS = [
  'name',
  'nationality',
  'hukouType',
  'hukouPlace',
  'phone',
  'address',
  'bankName',
  'bankAccount',
] as const;
export type ChangeableField = (typeof CHANGEABLE_FIELDS)[number];

/** The changeable fields in clear, as they are after unsealing. */
export interface PersonEditable {
  readonly name: string;
  readonly nationality: string;
  readonly hukouType: HukouType | null;
  readonly hukouPlace: string | null;
  readonly phone: string | null;
  readonly address: string | null;
  readonly bankName: string | null;
  readonly bankAccount: string | null;
}

export type PersonChanges = { readonly [K in ChangeableField]?: PersonEditable[K] | undefined };

export interface PersonRegistrationInput {
  readonly citizenId: string;
  readonly gender: Gender;
  readonly birthDate: string;
}

export type RegistrationDecision =
  | { readonly ok: true; readonly id: ValidCitizenId }
  | { readonly ok: false; readonly code: IdentityProblemCode; readonly details: Record<string, string> };

/** A registration's identity: the ID must be valid and agree with the gender and birth date entered. */
export function decideRegistrationIdentity(input: PersonRegistrationInput, today: CalendarDate): RegistrationDecision {
  const check = checkPersonIdentity(input, today);
  if (!check.ok) return { ok: false, code: check.code, details: { field: check.field, ...check.details } };
  return { ok: true, id: check.id };
}

/** Bank accounts are entered with spaces as printed on the card; the digits are what counts. */
export function normaliseBankAccount(value: string): string {
  return value.replace(/\s+/g, '');
}

/** What the history shows for a value: personal values masked, the rest as is. */
export function historyValue(field: ChangeableField, value: string | null): string | null {
  if (value === null) return null;
  if (field === 'phone') return maskPhone(value);
  if (field === 'bankAccount') return maskBankAccount(value);
  return value;
}

function snapshot(p: PersonEditable): Record<ChangeableField, string | null> {
  return { ...p };
}

/**
 * The fields a change really changes, compared in clear (two phones with the same mask still
 * differ) and recorded masked; `next` is the record after the change.
 */
export function planPersonChange(
  current: PersonEditable,
  changes: PersonChanges,
): { readonly next: PersonEditable; readonly fields: FieldChange[] } {
  const next: PersonEditable = { ...current };
  for (const field of CHANGEABLE_FIELDS) {
    const value = changes[field];
    if (value !== undefined) Object.assign(next, { [field]: value });
  }
  const fields = diffFields(snapshot(current), snapshot(next)).map((c) => ({
    field: c.field,
    oldValue: historyValue(c.field as ChangeableField, c.oldValue),
    newValue: historyValue(c.field as ChangeableField, c.newValue),
  }));
  return { next, fields };
}

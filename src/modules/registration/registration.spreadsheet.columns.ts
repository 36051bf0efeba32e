/**
 * The columns of an employment spreadsheet and the words accepted in its cells, in Chinese and in
 * English. Pure: the reader maps a header row and cell texts through these tables.
 */
import type { Gender } from '../../kernel/citizen-id.ts';
import type { Language } from '../../kernel/rejection.ts';
import {
  REPORTABLE_SEPARATION_REASONS,
  SCHEMES,
  type ReportableSeparationReason,
  type Scheme,
} from './registration.model.ts';

export const COLUMN_KEYS = [
  'citizenId',
  'name',
  'gender',
  'birthDate',
  'phone',
  'action',
  'date',
  'reason',
  'schemes',
] as const;
export type ColumnKey = (typeof COLUMN_KEYS)[number];

interface ColumnText {
  readonly zh: string;
  readonly en: string;
  /** Other header texts people write for this column (compared after `headerKey`). */
  readonly aliases: readonly string[];
  readonly required: boolean;
}

export const COLUMNS: Record<ColumnKey, ColumnText> = {
  citizenId: {
    zh: '证件号码',
    en: 'Citizen ID',
    aliases: ['公民身份号码', '身份证号', '身份证号码', '身份证', 'idnumber', 'citizenidnumber'],
    required: true,
  },
  name: { zh: '姓名', en: 'Name', aliases: ['fullname'], required: false },
  gender: { zh: '性别', en: 'Gender', aliases: ['sex'], required: false },
  birthDate: { zh: '出生日期', en: 'Birth date', aliases: ['dateofbirth', 'birthday'], required: false },
  phone: {
    zh: '联系电话',
    en: 'Phone',
    aliases: ['手机号码', '手机号', '电话', '联系方式', 'mobile'],
    required: false,
  },
  action: { zh: '业务类型', en: 'Action', aliases: ['变动类型', '增减类型', 'type'], required: true },
  date: {
    zh: '日期',
    en: 'Date',
    aliases: ['变动日期', '增减日期', '生效日期', 'effectivedate', 'effectiveon'],
    required: true,
  },
  reason: { zh: '减员原因', en: 'Separation reason', aliases: ['原因', 'reason'], required: false },
  schemes: { zh: '参保险种', en: 'Schemes', aliases: ['险种', 'scheme', 'insurances'], required: false },
};

/** The error column added to the report (and ignored, then replaced, when a report is re-uploaded). */
export const ERROR_COLUMN = { zh: '错误说明', en: 'Errors' } as const;

/** A header text reduced for matching: no spaces, no required-marks, no bracketed hints, lower case. */
export function headerKey(text: string): string {
  return text
    .replace(/[(（[【].*?[)）\]】]/g, '')
    .replace(/[\s*＊_\-:：]/g, '')
    .toLowerCase();
}

const headerLookup = new Map<string, ColumnKey>();
for (const key of COLUMN_KEYS) {
  const column = COLUMNS[key];
  for (const text of [column.zh, column.en, key, ...column.aliases]) headerLookup.set(headerKey(text), key);
}

/** The column a header cell names, or null for a column the import does not use. */
export function columnOf(headerText: string): ColumnKey | null {
  return headerLookup.get(headerKey(headerText)) ?? null;
}

/** True for the error column of a report, in either language. */
export function isErrorColumn(headerText: string): boolean {
  const key = headerKey(headerText);
  return key === headerKey(ERROR_COLUMN.zh) || key === headerKey(ERROR_COLUMN.en);
}

export function columnLabel(key: ColumnKey, language: Language): string {
  return language === 'en' ? COLUMNS[key].en : COLUMNS[key].zh;
}

const ACTIONS = new Map<string, 'hire' | 'separation'>([
  ['增员', 'hire'],
  ['新增', 'hire'],
  ['入职', 'hire'],
  ['参保', 'hire'],
  ['hire', 'hire'],
  ['减员', 'separation'],
  ['离职', 'separation'],
  ['停保', 'separation'],
  ['separation', 'separation'],
  ['separate', 'separation'],
]);

const GENDERS = new Map<string, Gender>([
  ['男', 'male'],
  ['女', 'female'],
  ['male', 'male'],
  ['female', 'female'],
  ['m', 'male'],
  ['f', 'female'],
]);

export const SCHEME_TEXT: Record<Scheme, { zh: string; en: string; aliases: readonly string[] }> = {
  pension: { zh: '养老', en: 'pension', aliases: ['养老保险', '基本养老保险', '职工养老'] },
  medical: { zh: '医疗', en: 'medical', aliases: ['医疗保险', '基本医疗保险', '医保', '生育', '医疗（含生育）'] },
  unemployment: { zh: '失业', en: 'unemployment', aliases: ['失业保险'] },
  work_injury: { zh: '工伤', en: 'work injury', aliases: ['工伤保险', 'work_injury', 'workinjury', 'injury'] },
};

const ALL_SCHEMES = new Set(['全部', '全险', '五险', '四险', 'all']);

const schemeLookup = new Map<string, Scheme>();
for (const scheme of SCHEMES) {
  const text = SCHEME_TEXT[scheme];
  for (const word of [scheme, text.zh, text.en, ...text.aliases]) schemeLookup.set(word.toLowerCase(), scheme);
}

export const REASON_TEXT: Record<ReportableSeparationReason, { zh: string; en: string; aliases: readonly string[] }> = {
  resignation: { zh: '辞职', en: 'resignation', aliases: ['主动离职', '个人辞职'] },
  dismissal: { zh: '辞退', en: 'dismissal', aliases: ['解除劳动合同', '开除', '解聘'] },
  contract_end: {
    zh: '合同期满',
    en: 'contract end',
    aliases: ['劳动合同期满', '合同到期', '终止劳动合同', 'contract_end', 'contractend'],
  },
  retirement: { zh: '退休', en: 'retirement', aliases: ['退休离职'] },
  other: { zh: '其他', en: 'other', aliases: ['其它'] },
};

const reasonLookup = new Map<string, ReportableSeparationReason>();
for (const reason of REPORTABLE_SEPARATION_REASONS) {
  const text = REASON_TEXT[reason];
  for (const word of [reason, text.zh, text.en, ...text.aliases]) reasonLookup.set(word.toLowerCase(), reason);
}

export function actionOf(text: string): 'hire' | 'separation' | null {
  return ACTIONS.get(text.trim().toLowerCase()) ?? null;
}

export function genderOf(text: string): Gender | null {
  return GENDERS.get(text.trim().toLowerCase()) ?? null;
}

export function reasonOf(text: string): ReportableSeparationReason | null {
  return reasonLookup.get(text.trim().toLowerCase()) ?? null;
}

/** Schemes named in one cell ("养老,医疗", "全部", "pension; work injury"); null when a word is unknown. */
export function schemesOf(text: string): Scheme[] | null {
  const words = text
    .split(/[,，、;；/|]+/)
    .flatMap((piece) => {
      const word = piece.trim().toLowerCase();
      // "work injury" is one word; "养老 医疗" is two.
      return schemeLookup.has(word) || ALL_SCHEMES.has(word) ? [word] : word.split(/\s+/);
    })
    .filter(Boolean);
  if (words.some((w) => ALL_SCHEMES.has(w))) return words.length === 1 ? [...SCHEMES] : null;
  const found = new Set<Scheme>();
  for (const word of words) {
    const scheme = schemeLookup.get(word);
    if (!scheme) return null;
    found.add(scheme);
  }
  return SCHEMES.filter((s) => found.has(s));
}

/** The example data row of the template, in the template's language. */
export function exampleRow(language: Language): Record<ColumnKey, string> {
  const zh = language !== 'en';
  return {
    citizenId: '11010519491231002X',
    name: zh ? '张三' : 'Zhang San',
    gender: zh ? '女' : 'female',
    birthDate: '1949-12-31',
    phone: '13800138000',
    action: zh ? '增员' : 'hire',
    date: '2026-03-01',
    reason: '',
    schemes: zh ? '全部' : 'all',
  };
}

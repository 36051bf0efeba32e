/** Pure rules of the catalogue: content checks, which version is current, disclosure deadlines. */
import { addDays, type CalendarDate } from '../../kernel/calendar-date.ts';
import type { WorkingDays } from '../../kernel/working-days.ts';
import {
  CHANNEL_NAMES,
  DISCLOSURE_DEADLINE_WORKDAYS,
  REQUIREMENT_NAMES,
  type DisclosureStatus,
  type ItemContent,
  type Text,
} from './catalog.model.ts';
import type { catalogRejections } from './catalog.rejections.ts';

type CatalogCode = keyof typeof catalogRejections.codes;

/** The first rule the content breaks, or null when it is consistent. */
export function contentProblem(content: ItemContent): CatalogCode | null {
  if (content.promisedDays > content.statutoryDays) return 'catalog_promise_exceeds_statute';
  const steps = content.steps.map((s) => s.code);
  if (new Set(steps).size !== steps.length) return 'catalog_step_codes_not_unique';
  const materials = content.materials.map((m) => m.code);
  if (new Set(materials).size !== materials.length) return 'catalog_material_codes_not_unique';
  if (new Set(content.channels).size !== content.channels.length) return 'catalog_channels_not_unique';
  const known = new Set(steps);
  const pairs = new Set<string>();
  for (const [a, b] of content.separatedSteps) {
    if (a === b || !known.has(a) || !known.has(b)) return 'catalog_separated_step_unknown';
    const key = [a, b].sort().join('|');
    if (pairs.has(key)) return 'catalog_separated_step_unknown';
    pairs.add(key);
  }
  return null;
}

/**
 * A new version's change date must not precede the previous one's (versions take effect in order)
 * and must lie in the years the working-day calendar can count (from a notice or provisionally),
 * so its disclosure deadline can be counted.
 */
export function changeDateFits(
  calendar: WorkingDays,
  changedOn: CalendarDate,
  previousChangedOn: CalendarDate | null,
): boolean {
  if (!calendar.covers(changedOn)) return false;
  return previousChangedOn === null || changedOn >= previousChangedOn;
}

/** The version in force on `today`: the highest whose change date has come; null when none has. */
export function versionInForce<V extends { version: number; changedOn: string }>(
  versions: readonly V[],
  today: CalendarDate,
): V | null {
  let best: V | null = null;
  for (const v of versions) if (v.changedOn <= today && (best === null || v.version > best.version)) best = v;
  return best;
}

/**
 * RULES §6: the last day to disclose a change; null when the calendar cannot reach that far. It is
 * counted afresh on every read, so one counted provisionally is right once the notice is loaded.
 */
export function disclosureDueOn(calendar: WorkingDays, changedOn: CalendarDate): CalendarDate | null {
  return addWorkingDaysIfKnown(calendar, changedOn, DISCLOSURE_DEADLINE_WORKDAYS);
}

/**
 * `calendar.addWorkingDays`, but null instead of a crash when the count runs past the years the
 * calendar can count (before its first notice, or past the provisional rule's last year).
 */
export function addWorkingDaysIfKnown(calendar: WorkingDays, from: CalendarDate, n: number): CalendarDate | null {
  if (!calendar.covers(from)) return null;
  let day = from;
  for (let remaining = n; remaining > 0;) {
    day = addDays(day, 1);
    if (!calendar.covers(day)) return null;
    if (calendar.isWorkingDay(day)) remaining -= 1;
  }
  return day;
}

/** Where a version's disclosure stands on `today`. */
export function disclosureStatus(
  disclosedOn: string | null,
  dueOn: string | null,
  today: CalendarDate,
): DisclosureStatus {
  if (disclosedOn !== null) return dueOn !== null && disclosedOn > dueOn ? 'disclosed_late' : 'disclosed';
  return dueOn !== null && today > dueOn ? 'overdue' : 'pending';
}

/** Working days past the deadline on `today` (0 when not past or not countable). */
export function workingDaysOverdue(calendar: WorkingDays, dueOn: CalendarDate, today: CalendarDate): number {
  if (today <= dueOn || !calendar.covers(today)) return 0;
  return calendar.workingDaysBetween(dueOn, today);
}

/**
 * A disclosure date is a real publication: not in the future, and not before the version existed
 * (the earlier of the day it was recorded and the day it takes effect).
 */
export function disclosureDateFits(
  disclosedOn: CalendarDate,
  changedOn: CalendarDate,
  recordedOn: CalendarDate,
  today: CalendarDate,
): boolean {
  const earliest = changedOn < recordedOn ? changedOn : recordedOn;
  return disclosedOn <= today && disclosedOn >= earliest;
}

export interface GuideElement {
  readonly key: string;
  readonly label: Text;
  readonly text: Text;
}

const join = (parts: Text[], sep: Text): Text => ({
  zh: parts.map((p) => p.zh).join(sep.zh),
  en: parts.map((p) => p.en).join(sep.en),
});

/** The 11 public elements of RULES §6, in the official order, as printable text. */
export function guideElements(content: ItemContent): GuideElement[] {
  const materials: Text =
    content.materials.length === 0
      ? { zh: '无需提交材料', en: 'No materials are needed' }
      : join(
          content.materials.map((m, i) => ({
            zh: `${i + 1}. ${m.name.zh}（${REQUIREMENT_NAMES[m.requirement].zh}）${m.note ? `：${m.note.zh}` : ''}`,
            en: `${i + 1}. ${m.name.en} (${REQUIREMENT_NAMES[m.requirement].en})${m.note ? `: ${m.note.en}` : ''}`,
          })),
          { zh: '\n', en: '\n' },
        );
  const channels = join(
    content.channels.map((c) => CHANNEL_NAMES[c]),
    { zh: '、', en: ', ' },
  );
  const steps = join(
    content.steps.map((s, i) => ({ zh: `${i + 1}. ${s.name.zh}`, en: `${i + 1}. ${s.name.en}` })),
    { zh: '\n', en: '\n' },
  );
  const promise = (days: number, lang: 'zh' | 'en') =>
    days === 0 ? (lang === 'zh' ? '即办' : 'on the spot') : lang === 'zh' ? `${days} 个工作日` : `${days} working days`;
  const timeLimit: Text = {
    zh: `法定时限：${promise(content.statutoryDays, 'zh')}；承诺时限：${promise(content.promisedDays, 'zh')}${content.timeLimitNote ? `。${content.timeLimitNote.zh}` : ''}`,
    en: `Statutory limit: ${promise(content.statutoryDays, 'en')}; promised: ${promise(content.promisedDays, 'en')}${content.timeLimitNote ? `. ${content.timeLimitNote.en}` : ''}`,
  };
  const howToApply: Text = {
    zh: `${content.howToApply.zh}\n办理渠道：${channels.zh}\n办理流程：\n${steps.zh}`,
    en: `${content.howToApply.en}\nChannels: ${channels.en}\nSteps:\n${steps.en}`,
  };
  return [
    { key: 'name', label: { zh: '事项名称', en: 'Name' }, text: content.name },
    { key: 'summary', label: { zh: '事项概述', en: 'Summary' }, text: content.summary },
    { key: 'materials', label: { zh: '申请材料', en: 'Materials' }, text: materials },
    { key: 'howToApply', label: { zh: '办理方式', en: 'How to apply' }, text: howToApply },
    { key: 'timeLimit', label: { zh: '办理时限', en: 'Time limit' }, text: timeLimit },
    { key: 'delivery', label: { zh: '结果送达', en: 'Delivery of the result' }, text: content.delivery },
    { key: 'fees', label: { zh: '收费标准及依据', en: 'Fees and basis' }, text: content.fees },
    { key: 'officeHours', label: { zh: '办公时间', en: 'Office hours' }, text: content.officeHours },
    { key: 'place', label: { zh: '办理机构及地点', en: 'Agency and place' }, text: content.place },
    { key: 'enquiry', label: { zh: '咨询方式', en: 'Enquiries' }, text: content.enquiry },
    { key: 'complaint', label: { zh: '监督投诉渠道', en: 'Supervision and complaints' }, text: content.complaint },
  ];
}

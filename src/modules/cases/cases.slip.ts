/**
 * The text of a one-time notification slip (一次性告知单), in Chinese and English. The same text is
 * shown on screen, sent to the applicant and printed in the PDF, so it is composed once, here.
 */
import type { CaseMaterialRequirement, WorkflowSnapshot } from './cases.model.ts';
import { PROVISIONAL_NOTE } from './cases.rules.ts';

export type SlipResult = 'accepted' | 'accepted_missing' | 'declined' | 'received' | 'supplement';

export interface SlipCase {
  readonly caseNumber: string;
  readonly workflow: WorkflowSnapshot;
  readonly result: SlipResult;
  readonly reason: string | null;
  readonly missing: ReadonlyArray<{
    nameZh: string;
    nameEn: string;
    requirement: CaseMaterialRequirement;
    reason: string | null;
  }>;
  readonly supplyDeadline: string | null;
  readonly dueOn: string | null;
  /** The deadline was counted on the provisional calendar: the slip says it will be adjusted. */
  readonly dueOnProvisional: boolean;
}

export interface SlipInput {
  readonly agencyName: string;
  readonly place: string | null;
  readonly ownerName: string | null;
  readonly date: string;
  readonly applicant: { name: string; identifierMasked: string };
  readonly cases: readonly SlipCase[];
}

export const SLIP_TITLE_ZH = '一次性告知单';
export const SLIP_TITLE_EN = 'One-time notification slip';

const RESULT_ZH: Record<SlipResult, string> = {
  accepted: '已受理',
  accepted_missing: '容缺受理（材料补齐前暂停计时）',
  declined: '不予受理',
  received: '已收件，待受理',
  supplement: '需补正材料（补齐前暂停计时）',
};
const RESULT_EN: Record<SlipResult, string> = {
  accepted: 'Accepted',
  accepted_missing: 'Accepted with materials to follow (the clock stops until they arrive)',
  declined: 'Not accepted',
  received: 'Received, awaiting acceptance',
  supplement: 'Materials to supply (the clock stops until they arrive)',
};
const REQUIREMENT_ZH: Record<CaseMaterialRequirement, string> = {
  required: '必交',
  optional: '选交',
  later: '可容缺后补',
};
const REQUIREMENT_EN: Record<CaseMaterialRequirement, string> = {
  required: 'required',
  optional: 'optional',
  later: 'may follow later',
};
/** The ideographic space (U+3000) that indents a Chinese document. */
const SP = '\u3000';
const ORDINALS_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

function zhDate(date: string): string {
  return `${date.slice(0, 4)}年${date.slice(5, 7)}月${date.slice(8, 10)}日`;
}

function caseZh(c: SlipCase, index: number): string[] {
  const w = c.workflow;
  const lines = [`${ORDINALS_ZH[index] ?? index + 1}、${w.nameZh}${SP}办件编号：${c.caseNumber}`];
  lines.push(`${SP}办理结果：${RESULT_ZH[c.result]}`);
  if (c.reason) lines.push(`${SP}${c.result === 'declined' ? '不予受理理由' : '说明'}：${c.reason}`);
  lines.push(`${SP}设定依据：${w.basisZh}`, `${SP}受理条件：${w.conditionsZh}`);
  if (c.missing.length > 0) {
    lines.push(`${SP}需补正的材料：`);
    c.missing.forEach((m, i) => {
      const why = m.reason ? `，${m.reason}` : '';
      lines.push(`${SP}${SP}${i + 1}. ${m.nameZh}（${REQUIREMENT_ZH[m.requirement]}${why}）`);
    });
  }
  if (c.supplyDeadline && c.result !== 'declined')
    lines.push(`${SP}补正期限：请于${zhDate(c.supplyDeadline)}前（含当日）到窗口或登录网上服务大厅提交`);
  lines.push(`${SP}办理流程：${w.steps.map((s) => s.nameZh).join(' → ')}`);
  lines.push(
    `${SP}办理时限：承诺${w.promisedDays}个工作日，法定${w.statutoryDays}个工作日，自受理次日起计算；` +
      '等待补正材料期间暂停计时，材料补齐后恢复计时',
  );
  if (c.dueOn && c.result !== 'declined') {
    const paused = c.result === 'accepted' ? '' : '（按暂停的工作日顺延）';
    const provisional = c.dueOnProvisional ? PROVISIONAL_NOTE.zh : '';
    lines.push(`${SP}承诺办结日期：${zhDate(c.dueOn)}${paused}${provisional}`);
  }
  return lines;
}

function caseEn(c: SlipCase, index: number): string[] {
  const w = c.workflow;
  const lines = [`${index + 1}. ${w.nameEn} — case number ${c.caseNumber}`];
  lines.push(`   Result: ${RESULT_EN[c.result]}`);
  if (c.reason) lines.push(`   ${c.result === 'declined' ? 'Reason for not accepting' : 'Note'}: ${c.reason}`);
  lines.push(`   Legal basis: ${w.basisEn}`, `   Conditions: ${w.conditionsEn}`);
  if (c.missing.length > 0) {
    lines.push('   Materials to supply:');
    c.missing.forEach((m, i) => {
      const why = m.reason ? `; ${m.reason}` : '';
      lines.push(`     ${i + 1}) ${m.nameEn} (${REQUIREMENT_EN[m.requirement]}${why})`);
    });
  }
  if (c.supplyDeadline && c.result !== 'declined')
    lines.push(`   Supply by: ${c.supplyDeadline} (inclusive), at a window or in the self-service hall`);
  lines.push(`   Steps: ${w.steps.map((s) => s.nameEn).join(' → ')}`);
  lines.push(
    `   Time limit: promised ${w.promisedDays} working days, statutory ${w.statutoryDays}, counted from the day ` +
      'after acceptance; the clock stops while materials are awaited and resumes when they arrive',
  );
  if (c.dueOn && c.result !== 'declined') {
    const paused = c.result === 'accepted' ? '' : ' (moved by the working days paused)';
    const provisional = c.dueOnProvisional ? PROVISIONAL_NOTE.en : '';
    lines.push(`   Promised by: ${c.dueOn}${paused}${provisional}`);
  }
  return lines;
}

/** The slip's text in both languages. */
export function composeSlip(input: SlipInput): { zh: string; en: string } {
  const zh = [
    SLIP_TITLE_ZH,
    '',
    `申请人：${input.applicant.name}（${input.applicant.identifierMasked}）`,
    `经办机构：${input.agencyName}`,
    ...(input.place ? [`办理地点：${input.place}`] : []),
    ...(input.ownerName ? [`首问负责人：${input.ownerName}`] : []),
    `告知日期：${zhDate(input.date)}`,
    '',
    ...input.cases.flatMap((c, i) => [...caseZh(c, i), '']),
    '以上事项一次性告知。凭办件编号可在网上服务大厅查询办理进度；如有疑问请咨询12333。',
  ];
  const en = [
    SLIP_TITLE_EN,
    '',
    `Applicant: ${input.applicant.name} (${input.applicant.identifierMasked})`,
    `Agency: ${input.agencyName}`,
    ...(input.place ? [`Place: ${input.place}`] : []),
    ...(input.ownerName ? [`First-inquiry owner: ${input.ownerName}`] : []),
    `Date: ${input.date}`,
    '',
    ...input.cases.flatMap((c, i) => [...caseEn(c, i), '']),
    'Everything you need is listed above, once. Follow progress with the case number in the self-service hall; enquiries: 12333.',
  ];
  return { zh: zh.join('\n'), en: en.join('\n') };
}

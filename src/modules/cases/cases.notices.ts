/**
 * One-time notification slips (一次性告知单): composed once, shown on screen, sent to the applicant,
 * rendered as a PDF (CJK font, QR code of the case numbers) and archived with every case it covers.
 */
import type { AppContext } from '../../app-context.ts';
import type { Trx } from '../../db/connection.ts';
import { createPdfDocument, pdfToBuffer, qrPng } from '../../pdf/index.ts';
import { storeDocument } from '../archive/index.ts';
import { appendAudit, type AuditActor } from '../audit/index.ts';
import type { CaseNoticeKind, WorkflowSnapshot } from './cases.model.ts';
import { CASE_DOCUMENT_RETENTION, notifyApplicant, todayIn } from './cases.lifecycle.ts';
import * as repo from './cases.repository.ts';
import type { CaseRecord } from './cases.repository.ts';
import { composeSlip, SLIP_TITLE_ZH, type SlipCase, type SlipResult } from './cases.slip.ts';

export interface NoticeInput {
  readonly bundleId: number;
  readonly kind: CaseNoticeKind;
  readonly records: readonly CaseRecord[];
  readonly workflows: ReadonlyMap<number, WorkflowSnapshot>;
  readonly results: ReadonlyMap<number, SlipResult>;
  readonly reasons: ReadonlyMap<number, string>;
  readonly place: string | null;
  readonly createdBy: number | null;
}

const PAGE_MARGIN = 56;
const QR_WIDTH = 96;

/** Renders the slip: title, QR code of the case numbers in the top right corner, then the text. */
export async function renderSlipPdf(textZh: string, caseNumbers: readonly string[]): Promise<Buffer> {
  const doc = createPdfDocument({
    title: `${SLIP_TITLE_ZH} ${caseNumbers.join(' ')}`,
    subject: SLIP_TITLE_ZH,
    keywords: caseNumbers.join(' '),
    margin: PAGE_MARGIN,
  });
  const qr = await qrPng(caseNumbers.join(' '));
  const [title, ...body] = textZh.split('\n');
  const right = doc.page.width - PAGE_MARGIN - QR_WIDTH;
  doc.image(qr, right, PAGE_MARGIN, { width: QR_WIDTH });
  doc
    .font('cjk-bold')
    .fontSize(20)
    .text(title ?? SLIP_TITLE_ZH, PAGE_MARGIN, PAGE_MARGIN + 24, {
      width: right - PAGE_MARGIN - 12,
      align: 'center',
    });
  doc
    .moveDown(0.5)
    .font('cjk')
    .fontSize(9)
    .text(`办件编号：${caseNumbers.join('、')}`, { width: right - PAGE_MARGIN - 12 });
  doc.y = Math.max(doc.y, PAGE_MARGIN + QR_WIDTH + 8);
  doc.font('cjk').fontSize(10.5);
  for (const line of body) {
    doc.text(line.length === 0 ? ' ' : line, PAGE_MARGIN, undefined, {
      width: doc.page.width - 2 * PAGE_MARGIN,
      lineGap: 3,
    });
  }
  return pdfToBuffer(doc);
}

/** What the slip says about one case: its result, reason, awaited materials, deadlines. */
async function slipCases(trx: Trx, input: NoticeInput): Promise<SlipCase[]> {
  const materials = await repo.materialsOf(
    trx,
    input.records.map((r) => r.id),
  );
  return input.records.map((r) => ({
    caseNumber: r.case_number,
    workflow: input.workflows.get(r.id)!,
    result: input.results.get(r.id)!,
    reason: input.reasons.get(r.id) ?? null,
    missing: materials
      .filter((m) => m.case_id === r.id && m.status === 'missing')
      .map((m) => ({ nameZh: m.name_zh, nameEn: m.name_en, requirement: m.requirement, reason: m.reason })),
    supplyDeadline: r.supply_deadline,
    dueOn: r.due_on,
    dueOnProvisional: r.due_on_provisional,
  }));
}

/**
 * Issues one slip covering `records` (all of one bundle and one applicant): stores its text,
 * archives the PDF with each case, sends it to the applicant and records it in each history.
 */
export async function issueNotice(trx: Trx, ctx: AppContext, who: AuditActor, input: NoticeInput): Promise<number> {
  const first = input.records[0]!;
  const now = ctx.clock.now();
  const owners = await repo.staffNames(trx, [first.owner_staff_id]);
  const text = composeSlip({
    agencyName: first.agency_name,
    place: input.place,
    ownerName: first.owner_staff_id === null ? null : (owners.get(first.owner_staff_id) ?? null),
    date: todayIn(ctx),
    applicant: { name: first.applicant_name, identifierMasked: first.applicant_masked },
    cases: await slipCases(trx, input),
  });
  const caseNumbers = input.records.map((r) => r.case_number);
  const pdf = await renderSlipPdf(text.zh, caseNumbers);
  const notice = await trx
    .insertInto('case_notices')
    .values({
      bundle_id: input.bundleId,
      kind: input.kind,
      text_zh: text.zh,
      text_en: text.en,
      created_at: now,
      created_by: input.createdBy,
    })
    .returning('id')
    .executeTakeFirstOrThrow();
  let firstDocument: { id: number; archiveNo: string } | null = null;
  for (const record of input.records) {
    const subjectKind =
      record.applicant_id_type === 'citizen_id'
        ? 'person'
        : record.applicant_id_type === 'credit_code'
          ? 'employer'
          : null;
    const document = await storeDocument(trx, ctx, {
      bytes: pdf,
      fileName: `一次性告知单-${record.case_number}.pdf`,
      mediaType: 'application/pdf',
      documentType: 'one_time_notice',
      retention: CASE_DOCUMENT_RETENTION,
      caseId: record.id,
      caseNumber: record.case_number,
      itemCode: record.item_code,
      agencyId: record.agency_id,
      subjectKind,
      subjectIndex: subjectKind ? record.applicant_index : null,
      producedBy: who,
    });
    firstDocument ??= { id: document.id, archiveNo: document.archiveNo };
    await trx
      .insertInto('case_notice_cases')
      .values({ notice_id: notice.id, case_id: record.id, document_id: document.id })
      .execute();
    await repo.addEvent(trx, who, now, record.id, 'notice_issued', null, null, {
      noticeId: notice.id,
      kind: input.kind,
      archiveNo: document.archiveNo,
    });
  }
  await trx
    .updateTable('case_notices')
    .set({ document_id: firstDocument!.id, archive_no: firstDocument!.archiveNo })
    .where('id', '=', notice.id)
    .execute();
  await notifyApplicant(trx, ctx, first, {
    purpose: 'case.notice',
    bodyZh: text.zh,
    bodyEn: text.en,
    correlation: `bundle:${input.bundleId}`,
  });
  await appendAudit(trx, ctx.clock, who, {
    action: 'case.notice',
    entity: 'case_notice',
    entityId: notice.id,
    details: { kind: input.kind, caseNumbers, archiveNo: firstDocument!.archiveNo },
  });
  return notice.id;
}

/**
 * Certificates: the employer's registration certificate (社会保险登记证, verified periodically,
 * renewed by a new issue, revocable) and insurance certificates (参保证明) of employers and persons,
 * dated snapshots. Each is numbered, carries a random verification code, is printed as a PDF with a
 * QR code of the public check page and archived; anyone can check it by number and code.
 */
import { sql, type Selectable } from 'kysely';
import type { AppContext } from '../../app-context.ts';
import type { Executor, Trx } from '../../db/connection.ts';
import type { CertificateTable } from '../../db/schema.ts';
import { escapeLike } from '../../db/like.ts';
import { addDays, dateParts, today, type CalendarDate } from '../../kernel/calendar-date.ts';
import { common, Rejection } from '../../kernel/rejection.ts';
import { openDocument, storeDocument, type RetentionClass } from '../archive/index.ts';
import { appendAudit, lockAuditHead, recordAudit, type AuditActor } from '../audit/index.ts';
import type { PublicActor, StaffActor } from '../auth/index.ts';
import { linkedCaseId } from './registration.case-link.ts';
import {
  employerInsuranceContent,
  personInsuranceContent,
  registrationContent,
  type CertificateContent,
  type EmployerFacts,
} from './registration.certificates.content.ts';
import { renderCertificatePdf, verifyUrl } from './registration.certificates.pdf.ts';
import { rejectCertificate } from './registration.certificates.rejections.ts';
import { rejectEmployer } from './registration.employers.rejections.ts';
import {
  certificateNumber,
  checkStatus,
  decideVerification,
  firstVerifyDue,
  newVerifyCode,
  verifyCodeMatches,
  type CheckStatus,
} from './registration.certificates.rules.ts';
import * as employers from './registration.employers.repository.ts';
import type { CertificateKind, Scheme } from './registration.model.ts';
import { regionRule } from './registration.region-rules.ts';
import { employerInScope, personInScope, type EmployerRow, type PersonRow } from './registration.scope.ts';

type CertificateRow = Selectable<CertificateTable>;

/** Service items a certificate issued at the window may be linked to. */
export const CERTIFICATE_CASE_ITEMS = ['employer-registration', 'insurance-certificate'] as const;

/** The case a certificate belongs to (all null when none was named). */
export interface CaseLink {
  readonly caseId: number | null;
  readonly caseNumber: string | null;
  readonly itemCode: string | null;
}
const NO_CASE: CaseLink = { caseId: null, caseNumber: null, itemCode: null };
/**
 * Certificates are kept 30 years (DA/T 22 定期30年): a registration certificate is part of the
 * employer's registration file, and an insurance certificate may be relied on for decades (a
 * pension claim, a court case); their checks must keep answering as long as the archive holds them.
 */
export const CERTIFICATE_RETENTION: RetentionClass = '30y';
/** Certificates one self-service account may issue per day (each is a PDF in the archive). */
export const HALL_CERTIFICATES_PER_DAY_MAX = 10;
export const ENROLMENTS_PRINTED_MAX = 200;
export const CERTIFICATES_LISTED_MAX = 200;

/** A certificate as staff and its owner see it. */
export interface CertificateView {
  readonly id: number;
  readonly certificateNo: string;
  readonly verifyCode: string;
  readonly kind: CertificateKind;
  readonly employerId: number | null;
  readonly personId: number | null;
  readonly issuedOn: string;
  readonly verifyDueOn: string | null;
  readonly status: 'valid' | 'superseded' | 'revoked';
  readonly checkStatus: CheckStatus;
  readonly statusReason: string | null;
  readonly statusChangedAt: string | null;
  readonly content: CertificateContent;
  readonly documentId: number | null;
  readonly issuedAt: string;
}

function viewOf(row: CertificateRow, day: CalendarDate): CertificateView {
  return {
    id: row.id,
    certificateNo: row.certificate_no,
    verifyCode: row.verify_code,
    kind: row.kind,
    employerId: row.employer_id,
    personId: row.person_id,
    issuedOn: row.issued_on,
    verifyDueOn: row.verify_due_on,
    status: row.status,
    checkStatus: checkStatus({ status: row.status, verifyDueOn: row.verify_due_on }, day),
    statusReason: row.status_reason,
    statusChangedAt: row.status_changed_at === null ? null : new Date(row.status_changed_at).toISOString(),
    content: row.content as unknown as CertificateContent,
    documentId: row.document_id,
    issuedAt: new Date(row.issued_at).toISOString(),
  };
}

async function employerFacts(db: Executor, row: EmployerRow): Promise<EmployerFacts> {
  const names = await employers.detailNames(db, row);
  return {
    name: row.name,
    creditCode: row.credit_code,
    employerNo: row.employer_no,
    type: row.type,
    industryCode: row.industry_code,
    industryNameZh: names.industryNameZh,
    riskClass: row.risk_class,
    legalRepName: row.legal_rep_name,
    address: row.address,
    registeredOn: row.registered_on,
    status: row.status,
    agencyName: names.agencyName,
  };
}

async function nextCertificateSequence(trx: Trx, kind: CertificateKind, year: number) {
  const { rows } = await sql<{ last_no: number }>`
    INSERT INTO certificate_sequences (kind, year, last_no) VALUES (${kind}, ${year}, 1)
    ON CONFLICT (kind, year) DO UPDATE SET last_no = certificate_sequences.last_no + 1
    RETURNING last_no`.execute(trx);
  return Number(rows[0]!.last_no);
}

/** Who a certificate is about, and the archive metadata that follows from it. */
interface Subject {
  readonly kind: CertificateKind;
  readonly employerId: number | null;
  readonly personId: number | null;
  readonly subjectKind: 'employer' | 'person';
  readonly subjectIndex: string;
  readonly agencyId: number;
}

interface IssueInput extends CaseLink {
  readonly subject: Subject;
  readonly content: CertificateContent;
  readonly verifyDueOn: CalendarDate | null;
}

/**
 * Numbers, prints, archives and records one certificate in the caller's transaction. A new
 * registration certificate supersedes the valid one (renewal). The audit chain is locked before the
 * number sequence (the house lock order).
 */
async function issue(trx: Trx, ctx: AppContext, who: AuditActor, input: IssueInput) {
  const { subject } = input;
  const now = ctx.clock.now();
  const issuedOn = input.content.asOf;
  await lockAuditHead(trx);
  const year = dateParts(issuedOn as CalendarDate).year;
  const certificateNo = certificateNumber(subject.kind, year, await nextCertificateSequence(trx, subject.kind, year));
  const verifyCode = newVerifyCode();
  const url = verifyUrl(ctx.config.publicBaseUrl, certificateNo, verifyCode);
  const pdf = await renderCertificatePdf({ content: input.content, certificateNo, verifyCode, url, issuedAt: now });
  const document = await storeDocument(trx, ctx, {
    bytes: pdf,
    fileName: `${input.content.titleZh}-${certificateNo}.pdf`,
    mediaType: 'application/pdf',
    documentType: 'certificate',
    retention: CERTIFICATE_RETENTION,
    caseId: input.caseId,
    caseNumber: input.caseNumber,
    itemCode: input.itemCode,
    agencyId: subject.agencyId,
    subjectKind: subject.subjectKind,
    subjectIndex: subject.subjectIndex,
    producedBy: who,
  });
  const superseded =
    subject.kind === 'employer_registration'
      ? await trx
          .updateTable('certificates')
          .set({ status: 'superseded', status_reason: `换发 ${certificateNo}`, status_changed_at: now })
          .where('employer_id', '=', subject.employerId)
          .where('kind', '=', 'employer_registration')
          .where('status', '=', 'valid')
          .returning('certificate_no')
          .execute()
      : [];
  const row = await trx
    .insertInto('certificates')
    .values({
      certificate_no: certificateNo,
      verify_code: verifyCode,
      kind: subject.kind,
      employer_id: subject.employerId,
      person_id: subject.personId,
      issued_on: issuedOn,
      verify_due_on: input.verifyDueOn,
      content: JSON.stringify(input.content),
      document_id: document.id,
      issued_by_kind: who.kind,
      issued_by_id: who.id,
      issued_at: now,
    })
    .returningAll()
    .executeTakeFirstOrThrow();
  await appendAudit(trx, ctx.clock, who, {
    action: 'registration.certificate.issue',
    entity: 'certificate',
    entityId: row.id,
    details: {
      certificateNo,
      kind: subject.kind,
      archiveNo: document.archiveNo,
      caseId: input.caseId,
      superseded: superseded.map((s) => s.certificate_no),
    },
  });
  return viewOf(row, issuedOn as CalendarDate);
}

/** Issues an employer's certificate inside the caller's transaction (the employer row is locked). */
async function issueForEmployer(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  employer: EmployerRow,
  kind: 'employer_registration' | 'employer_insurance',
  link: CaseLink,
): Promise<CertificateView> {
  const day = today(ctx.clock);
  const facts = await employerFacts(trx, employer);
  const subject: Subject = {
    kind,
    employerId: employer.id,
    personId: null,
    subjectKind: 'employer',
    subjectIndex: employer.identifier_index,
    agencyId: employer.agency_id,
  };
  if (kind === 'employer_registration') {
    if (employer.status !== 'active') throw rejectCertificate('certificate_employer_not_active');
    const months = (await regionRule(trx, employer.pooling_region, day)).certificateVerifyMonths;
    const dueOn = firstVerifyDue(day, months);
    return issue(trx, ctx, who, {
      subject,
      content: registrationContent(facts, day, dueOn),
      verifyDueOn: dueOn,
      ...link,
    });
  }
  const content = employerInsuranceContent(
    facts,
    day,
    await employers.activeEmployeeCount(trx, employer.id),
    (await employers.enrolmentsByScheme(trx, employer.id, ['active'])) as Partial<Record<Scheme, number>>,
  );
  return issue(trx, ctx, who, { subject, content, verifyDueOn: null, ...link });
}

/** A certificate issued at the window for an employer in scope, optionally linked to a case. */
export async function issueEmployerCertificate(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  employerId: number,
  input: { kind: 'employer_registration' | 'employer_insurance'; caseNumber?: string | undefined },
): Promise<CertificateView> {
  return ctx.db.transaction().execute(async (trx) => {
    // The employer row lock serialises two renewals of one certificate.
    const employer = await employerInScope(trx, actor, employerId, true);
    const caseId = await linkedCaseId(trx, actor, input.caseNumber, CERTIFICATE_CASE_ITEMS, employer.identifier_index);
    return issueForEmployer(trx, ctx, who, employer, input.kind, await caseLinkOf(trx, caseId));
  });
}

/** Number and service item of a linked case, for the archive record. */
async function caseLinkOf(db: Executor, caseId: number | null): Promise<CaseLink> {
  if (caseId === null) return NO_CASE;
  const row = await db
    .selectFrom('cases')
    .select(['case_number', 'item_code'])
    .where('id', '=', caseId)
    .executeTakeFirstOrThrow();
  return { caseId, caseNumber: row.case_number, itemCode: row.item_code };
}

async function enrolmentFacts(db: Executor, personId: number) {
  const rows = await db
    .selectFrom('enrolments')
    .leftJoin('employers', 'employers.id', 'enrolments.employer_id')
    .select([
      'enrolments.scheme',
      'enrolments.category',
      'employers.name as employer_name',
      'enrolments.started_on',
      'enrolments.ended_on',
      'enrolments.status',
    ])
    .where('enrolments.person_id', '=', personId)
    .orderBy('enrolments.started_on', 'desc')
    .orderBy('enrolments.id', 'desc')
    .limit(ENROLMENTS_PRINTED_MAX)
    .execute();
  return rows.map((r) => ({
    scheme: r.scheme,
    category: r.category,
    employerName: r.employer_name,
    startedOn: r.started_on,
    endedOn: r.ended_on,
    status: r.status,
  }));
}

/** Issues a person's insurance certificate (参保证明) in the caller's transaction. */
export async function issuePersonCertificate(
  trx: Trx,
  ctx: AppContext,
  who: AuditActor,
  person: PersonRow,
  link: CaseLink = NO_CASE,
): Promise<CertificateView> {
  const agency = await trx
    .selectFrom('agencies')
    .select('name')
    .where('id', '=', person.agency_id)
    .executeTakeFirstOrThrow();
  const content = personInsuranceContent(
    { name: person.name, idMasked: person.id_masked, agencyName: agency.name },
    today(ctx.clock),
    await enrolmentFacts(trx, person.person_id),
  );
  const subject: Subject = {
    kind: 'person_insurance',
    employerId: null,
    personId: person.person_id,
    subjectKind: 'person',
    subjectIndex: person.id_index,
    agencyId: person.agency_id,
  };
  return issue(trx, ctx, who, { subject, content, verifyDueOn: null, ...link });
}

/** Certificates of an employer, newest first. */
export async function certificatesOfEmployer(db: Executor, employerId: number, day: CalendarDate) {
  const rows = await db
    .selectFrom('certificates')
    .selectAll()
    .where('employer_id', '=', employerId)
    .orderBy('id', 'desc')
    .limit(CERTIFICATES_LISTED_MAX)
    .execute();
  return rows.map((r) => viewOf(r, day));
}

/** Certificates of a person, newest first. */
export async function certificatesOfPerson(db: Executor, personId: number, day: CalendarDate) {
  const rows = await db
    .selectFrom('certificates')
    .selectAll()
    .where('person_id', '=', personId)
    .orderBy('id', 'desc')
    .limit(CERTIFICATES_LISTED_MAX)
    .execute();
  return rows.map((r) => viewOf(r, day));
}

/** A certificate whose subject the staff member may see (locked when `forUpdate`), or a refusal. */
async function certificateInScope(db: Executor, actor: StaffActor, id: number, forUpdate = false) {
  let query = db.selectFrom('certificates').selectAll().where('id', '=', id);
  if (forUpdate) query = query.forUpdate();
  const row = await query.executeTakeFirst();
  if (!row) throw rejectCertificate('certificate_not_found');
  if (row.employer_id !== null) await employerInScope(db, actor, row.employer_id);
  else await personInScope(db, actor, row.person_id!);
  return row;
}

/** Records a periodic verification; a pass moves the due date forward by the region's months. */
export async function verifyCertificate(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  input: { result: 'passed' | 'failed'; note?: string | undefined },
): Promise<CertificateView> {
  const day = today(ctx.clock);
  const note = input.note?.trim() || null;
  return ctx.db.transaction().execute(async (trx) => {
    const row = await certificateInScope(trx, actor, id, true);
    const employer = row.employer_id === null ? null : await employers.employerById(trx, row.employer_id);
    const months = employer ? (await regionRule(trx, employer.pooling_region, day)).certificateVerifyMonths : 0;
    const decision = decideVerification(
      { kind: row.kind, status: row.status, verifyDueOn: row.verify_due_on },
      input.result,
      note,
      day,
      months,
    );
    if (!decision.ok) throw rejectCertificate(decision.code);
    if (input.result === 'passed' && employer?.status !== 'active')
      throw rejectCertificate('certificate_employer_not_active');
    await trx
      .insertInto('certificate_verifications')
      .values({
        certificate_id: row.id,
        verified_on: day,
        result: input.result,
        next_due_on: decision.nextDueOn,
        note,
        staff_id: actor.id,
        at: ctx.clock.now(),
      })
      .execute();
    const updated = decision.nextDueOn
      ? await trx
          .updateTable('certificates')
          .set({ verify_due_on: decision.nextDueOn })
          .where('id', '=', row.id)
          .returningAll()
          .executeTakeFirstOrThrow()
      : row;
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.certificate.verify',
      entity: 'certificate',
      entityId: row.id,
      details: { certificateNo: row.certificate_no, result: input.result, nextDueOn: decision.nextDueOn },
    });
    return viewOf(updated, day);
  });
}

/** Revokes a valid certificate with a reason (reviewer). */
export async function revokeCertificate(
  ctx: AppContext,
  actor: StaffActor,
  who: AuditActor,
  id: number,
  reason: string,
): Promise<CertificateView> {
  return ctx.db.transaction().execute(async (trx) => {
    const row = await certificateInScope(trx, actor, id, true);
    if (row.status !== 'valid') throw rejectCertificate('certificate_not_valid', { status: row.status });
    const updated = await trx
      .updateTable('certificates')
      .set({ status: 'revoked', status_reason: reason, status_changed_at: ctx.clock.now() })
      .where('id', '=', row.id)
      .returningAll()
      .executeTakeFirstOrThrow();
    await appendAudit(trx, ctx.clock, who, {
      action: 'registration.certificate.revoke',
      entity: 'certificate',
      entityId: row.id,
      details: { certificateNo: row.certificate_no, reason },
    });
    return viewOf(updated, today(ctx.clock));
  });
}

/** Revokes an employer's valid registration certificate when the employer is cancelled. */
export async function revokeOnCancellation(trx: Trx, ctx: AppContext, employerId: number): Promise<string[]> {
  const rows = await trx
    .updateTable('certificates')
    .set({ status: 'revoked', status_reason: '单位已注销', status_changed_at: ctx.clock.now() })
    .where('employer_id', '=', employerId)
    .where('kind', '=', 'employer_registration')
    .where('status', '=', 'valid')
    .returning('certificate_no')
    .execute();
  return rows.map((r) => r.certificate_no);
}

/** Registration certificates in scope due for verification within `withinDays` (or overdue). */
export async function dueCertificates(
  ctx: AppContext,
  actor: StaffActor,
  filter: { withinDays: number; page: number; pageSize: number },
) {
  const day = today(ctx.clock);
  const query = ctx.db
    .selectFrom('certificates')
    .innerJoin('employers', 'employers.id', 'certificates.employer_id')
    .innerJoin('agencies', 'agencies.id', 'employers.agency_id')
    .where('agencies.path', 'like', `${escapeLike(actor.agencyPath)}%`)
    .where('certificates.kind', '=', 'employer_registration')
    .where('certificates.status', '=', 'valid')
    .where('certificates.verify_due_on', '<=', addDays(day, filter.withinDays));
  const total = await query.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await query
    .selectAll('certificates')
    .select(['employers.name as employer_name', 'employers.employer_no', 'agencies.name as agency_name'])
    .orderBy('certificates.verify_due_on')
    .orderBy('certificates.id')
    .limit(filter.pageSize)
    .offset((filter.page - 1) * filter.pageSize)
    .execute();
  return {
    total: Number(total.n),
    items: rows.map((r) => ({
      ...viewOf(r, day),
      employerName: r.employer_name,
      employerNo: r.employer_no,
      agencyName: r.agency_name,
    })),
  };
}

/** The public answer of a check by number and code. */
export interface CertificateCheck {
  readonly certificateNo: string;
  readonly kind: CertificateKind;
  readonly status: CheckStatus;
  readonly issuedOn: string;
  readonly verifyDueOn: string | null;
  readonly subject: { name: string; creditCode?: string; idMasked?: string };
  readonly statements: readonly string[];
  readonly agencyName: string;
}

/**
 * Anyone's check of a certificate. An unknown number and a wrong code give the same refusal, so
 * the check cannot be used to find out which numbers exist. Every attempt is audited.
 */
export async function checkCertificate(
  ctx: AppContext,
  who: AuditActor,
  certificateNo: string,
  code: string,
): Promise<CertificateCheck> {
  const number = certificateNo.trim().toUpperCase();
  const row = await ctx.db
    .selectFrom('certificates')
    .selectAll()
    .where('certificate_no', '=', number)
    .executeTakeFirst();
  const found = row !== undefined && verifyCodeMatches(row.verify_code, code);
  await recordAudit(ctx.db, ctx.clock, who, {
    action: 'registration.certificate.check',
    entity: 'certificate',
    entityId: found ? row.id : null,
    outcome: found ? 'success' : 'denied',
    details: { certificateNo: number.slice(0, 40) },
  });
  if (!found) throw rejectCertificate('certificate_not_found');
  const content = row.content as unknown as CertificateContent;
  const s = content.subject;
  return {
    certificateNo: row.certificate_no,
    kind: row.kind,
    status: checkStatus({ status: row.status, verifyDueOn: row.verify_due_on }, today(ctx.clock)),
    issuedOn: row.issued_on,
    verifyDueOn: row.verify_due_on,
    subject:
      s.kind === 'employer'
        ? { name: s.name, ...(s.creditCode ? { creditCode: s.creditCode } : {}) }
        : { name: s.name, ...(s.idMasked ? { idMasked: s.idMasked } : {}) },
    statements: content.statements,
    agencyName: content.agencyName,
  };
}

/** The archived PDF of a certificate in the staff member's scope (an archive use). */
export async function certificatePdfForStaff(ctx: AppContext, actor: StaffActor, who: AuditActor, id: number) {
  const row = await certificateInScope(ctx.db, actor, id);
  if (row.document_id === null) throw rejectCertificate('certificate_not_found');
  return openDocument(ctx, who, row.document_id, { purpose: 'case_handling' });
}

/** The subject a self-service account stands for: its employer, or its person record. */
export async function accountSubject(
  db: Executor,
  account: PublicActor,
): Promise<{ kind: 'employer'; employer: EmployerRow } | { kind: 'person'; person: PersonRow }> {
  const row = await db
    .selectFrom('public_accounts')
    .select(['identifier_index', 'kind'])
    .where('id', '=', account.id)
    .executeTakeFirst();
  if (!row) throw common.reject('unauthenticated');
  if (row.kind === 'employer') {
    const employer = await employers.employerByIndex(db, row.identifier_index);
    if (!employer) throw rejectEmployer('employer_not_registered');
    return { kind: 'employer', employer };
  }
  const person = await personOfIndex(db, row.identifier_index);
  if (!person) throw rejectCertificate('certificate_person_not_registered');
  return { kind: 'person', person };
}

/** The person registered under a blind index; a merged record leads to its survivor. */
export async function personOfIndex(db: Executor, idIndex: string): Promise<PersonRow | undefined> {
  const row = await db.selectFrom('persons').selectAll().where('id_index', '=', idIndex).executeTakeFirst();
  if (row?.status !== 'merged' || row.merged_into === null) return row;
  return db.selectFrom('persons').selectAll().where('person_id', '=', row.merged_into).executeTakeFirst();
}

/**
 * Refuses a self-service account that already issued its daily number of certificates. The count
 * is taken under a lock on the account's row, held to commit: a second request of the same account
 * waits, then counts what the first issued (50 parallel requests used to get 14 certificates).
 * The row is locked before the audit head, as a login locks it (`NO KEY UPDATE`: a session may
 * still be opened for the account meanwhile).
 */
async function withinDailyLimit(trx: Trx, ctx: AppContext, who: AuditActor): Promise<void> {
  await trx.selectFrom('public_accounts').select('id').where('id', '=', who.id).forNoKeyUpdate().execute();
  const row = await trx
    .selectFrom('certificates')
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .where('issued_by_kind', '=', who.kind)
    .where('issued_by_id', '=', who.id)
    .where('issued_on', '=', today(ctx.clock))
    .executeTakeFirstOrThrow();
  if (Number(row.n) >= HALL_CERTIFICATES_PER_DAY_MAX)
    throw rejectCertificate('certificate_daily_limit_reached', { max: HALL_CERTIFICATES_PER_DAY_MAX });
}

/** The hall employer's own insurance certificate (单位参保证明). */
export async function issueForEmployerAccount(ctx: AppContext, who: AuditActor, employer: EmployerRow) {
  return ctx.db.transaction().execute(async (trx) => {
    await withinDailyLimit(trx, ctx, who);
    const locked = await employers.employerById(trx, employer.id, true);
    return issueForEmployer(trx, ctx, who, locked!, 'employer_insurance', NO_CASE);
  });
}

/** The hall person's own insurance certificate (个人参保证明). */
export async function issueForPersonAccount(ctx: AppContext, who: AuditActor, person: PersonRow) {
  return ctx.db.transaction().execute(async (trx) => {
    await withinDailyLimit(trx, ctx, who);
    return issuePersonCertificate(trx, ctx, who, person);
  });
}

/** The PDF of one of the account's own certificates; anyone else's is "not found". */
export async function certificatePdfForAccount(ctx: AppContext, account: PublicActor, who: AuditActor, id: number) {
  // No registration behind the account means it owns no certificate: the same "not found".
  const subject = await accountSubject(ctx.db, account).catch((error: unknown) => {
    if (error instanceof Rejection) return null;
    throw error;
  });
  const row = await ctx.db.selectFrom('certificates').selectAll().where('id', '=', id).executeTakeFirst();
  const owns =
    subject !== null &&
    row !== undefined &&
    (subject.kind === 'employer'
      ? row.employer_id === subject.employer.id
      : row.person_id === subject.person.person_id);
  if (!owns || row.document_id === null) throw rejectCertificate('certificate_not_found');
  return openDocument(ctx, who, row.document_id, { purpose: 'applicant_request' });
}

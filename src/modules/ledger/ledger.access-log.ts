/**
 * "Who viewed my record" (查询记录): the audit entries of staff about a person — reads of the record
 * and of the rights record, reveals of personal data, changes, statements and certificates printed,
 * views and steps of their cases, and searches and lists (bills, arrears …) that showed them — as
 * the person sees them in the hall: when, who, from which agency, what. Never the IP address or
 * the request id: those protect the agency, not the person.
 */
import { sql, type ExpressionBuilder } from 'kysely';
import type { Executor } from '../../db/connection.ts';
import type { Database } from '../../db/schema.ts';

export const ACCESS_LOG_PAGE_SIZE = 20;
/** The furthest page asked for; 500 pages of 20 is ten thousand entries, more than a lifetime of reads. */
export const ACCESS_LOG_PAGE_MAX = 500;

/** What the hall shows for an audited action (the web has a text for each key). */
export const ACCESS_LABELS = [
  'viewed_record',
  'viewed_history',
  'viewed_rights',
  'revealed_data',
  'changed_record',
  'printed_statement',
  'issued_certificate',
  'found_in_search',
  'viewed_contributions',
  'viewed_case',
  'handled_case',
  'other',
] as const;
export type AccessLabel = (typeof ACCESS_LABELS)[number];

const LABELS: Readonly<Record<string, AccessLabel>> = {
  'person.view': 'viewed_record',
  'person.read': 'viewed_record',
  'person.history.read': 'viewed_history',
  'registration.employees.read': 'viewed_record',
  'rights.read': 'viewed_rights',
  'person.reveal': 'revealed_data',
  'person.register': 'changed_record',
  'person.change': 'changed_record',
  'registration.hire': 'changed_record',
  'registration.separation': 'changed_record',
  'registration.death': 'changed_record',
  'registration.enrol_flexible': 'changed_record',
  'statement.issue': 'printed_statement',
  'statement.print': 'printed_statement',
  'registration.certificate.issue': 'issued_certificate',
  'person.search': 'found_in_search',
  'person.duplicates.list': 'found_in_search',
  'person.merges.list': 'found_in_search',
  'person.merge.read': 'viewed_record',
  'case.read': 'viewed_case',
};

/** The label key of an audited action; anything not listed is shown as 'other' with its code. */
export function accessLabel(action: string): AccessLabel {
  const label = LABELS[action];
  if (label !== undefined) return label;
  // Enrolment changes (registration.enrolment_<action>) and rights writes change the record.
  if (action.startsWith('registration.enrolment_') || action.startsWith('rights.')) return 'changed_record';
  // Reads of bills, payments, declarations, arrears, payment orders and back payments that show the person.
  if (/^collection\.[a-z_]+\.(read|list|print)$/.test(action)) return 'viewed_contributions';
  // Acceptance, steps, decisions … on the person's own case.
  if (action.startsWith('case.')) return 'handled_case';
  return 'other';
}

export interface AccessEntry {
  readonly at: string;
  readonly staffName: string;
  readonly agencyName: string | null;
  readonly action: string;
  readonly labelKey: AccessLabel;
}

export interface AccessLogPage {
  readonly total: number;
  readonly page: number;
  readonly pageSize: number;
  readonly items: readonly AccessEntry[];
}

/** The person whose log is read: their id, and the blind index their cases are filed under. */
export interface AccessLogSubject {
  readonly person_id: number;
  readonly id_index: string;
}

/**
 * The audit entries about the person, as one union of disjoint parts each served by an index:
 * entries on the person, on their certificates, on their cases (applicant's blind index), and
 * reads of several persons that showed them (`person_reads`, written by recordPersonReads, which
 * never names one of the first three entities).
 */
function entriesAbout(db: Executor, subject: AccessLogSubject) {
  const staffDone = (eb: ExpressionBuilder<Database, 'audit_log'>) =>
    eb.and([eb('audit_log.actor_kind', '=', 'staff'), eb('audit_log.outcome', '=', 'success')]);
  const onEntity = (entity: string) =>
    db.selectFrom('audit_log').select('audit_log.seq').where(staffDone).where('audit_log.entity', '=', entity);
  const certificateIds = db
    .selectFrom('certificates')
    .select(sql<string>`id::text`.as('id'))
    .where('person_id', '=', subject.person_id);
  const caseIds = db
    .selectFrom('cases')
    .select(sql<string>`id::text`.as('id'))
    .where('applicant_index', '=', subject.id_index);
  const readSeqs = db.selectFrom('person_reads').select('audit_seq').where('person_id', '=', subject.person_id);
  return onEntity('person')
    .where('audit_log.entity_id', '=', String(subject.person_id))
    .unionAll(onEntity('certificate').where('audit_log.entity_id', 'in', certificateIds))
    .unionAll(onEntity('case').where('audit_log.entity_id', 'in', caseIds))
    .unionAll(
      db.selectFrom('audit_log').select('audit_log.seq').where(staffDone).where('audit_log.seq', 'in', readSeqs),
    );
}

/**
 * Staff's successful audited actions about the person, newest first: reads, reveals and changes
 * of the record, its certificates and cases, and searches and lists that showed the person.
 */
export async function accessLogOf(db: Executor, subject: AccessLogSubject, page: number): Promise<AccessLogPage> {
  const entries = entriesAbout(db, subject).as('e');
  const total = await db
    .selectFrom(entries)
    .select((eb) => eb.fn.countAll<number>().as('n'))
    .executeTakeFirstOrThrow();
  const rows = await db
    .selectFrom(entriesAbout(db, subject).as('e'))
    .innerJoin('audit_log', 'audit_log.seq', 'e.seq')
    .leftJoin('agencies', 'agencies.id', 'audit_log.agency_id')
    .select(['audit_log.at', 'audit_log.actor_name', 'audit_log.action', 'agencies.name as agency_name'])
    .orderBy('audit_log.seq', 'desc')
    .limit(ACCESS_LOG_PAGE_SIZE)
    .offset((page - 1) * ACCESS_LOG_PAGE_SIZE)
    .execute();
  return {
    total: Number(total.n),
    page,
    pageSize: ACCESS_LOG_PAGE_SIZE,
    items: rows.map((r) => ({
      at: new Date(r.at).toISOString(),
      staffName: r.actor_name,
      agencyName: r.agency_name,
      action: r.action,
      labelKey: accessLabel(r.action),
    })),
  };
}

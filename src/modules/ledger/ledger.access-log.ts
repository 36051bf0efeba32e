/**
 * "Who viewed my record" (查询记录): the audit entries of staff about a person — reads of the record
 * and of the rights record, reveals of personal data, changes, statements and certificates printed
 * — as the person sees them in the hall: when, who, from which agency, what. Never the IP address
 * or the request id: those protect the agency, not the person.
 */
import { sql, type Kysely, type Transaction } from 'kysely';
import type { Database } from '../../db/schema.ts';

type Executor = Kysely<Database> | Transaction<Database>;

export const ACCESS_LOG_PAGE_SIZE = 20;
/** The furthest page asked for; 500 pages of 20 is ten thousand entries, more than a lifetime of reads. */
export const ACCESS_LOG_PAGE_MAX = 500;

/** What the hall shows for an audited action (the web has a text for each key). */
export type AccessLabel =
  | 'viewed_record'
  | 'viewed_history'
  | 'viewed_rights'
  | 'revealed_data'
  | 'changed_record'
  | 'printed_statement'
  | 'issued_certificate'
  | 'other';

const LABELS: Readonly<Record<string, AccessLabel>> = {
  'person.view': 'viewed_record',
  'person.read': 'viewed_record',
  'person.history.read': 'viewed_history',
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
};

/** The label key of an audited action; anything not listed is shown as 'other' with its code. */
export function accessLabel(action: string): AccessLabel {
  const label = LABELS[action];
  if (label !== undefined) return label;
  // Enrolment changes (registration.enrolment_<action>) and rights writes change the record.
  if (action.startsWith('registration.enrolment_') || action.startsWith('rights.')) return 'changed_record';
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

/**
 * Staff's successful audited actions on the person (entity 'person') and on the person's
 * certificates, newest first. The audit index on (entity, entity_id) keeps both lookups cheap.
 */
export async function accessLogOf(db: Executor, personId: number, page: number): Promise<AccessLogPage> {
  const certificateIds = db
    .selectFrom('certificates')
    .select(sql<string>`id::text`.as('id'))
    .where('person_id', '=', personId);
  const base = db
    .selectFrom('audit_log')
    .where('audit_log.actor_kind', '=', 'staff')
    .where('audit_log.outcome', '=', 'success')
    .where((eb) =>
      eb.or([
        eb.and([eb('audit_log.entity', '=', 'person'), eb('audit_log.entity_id', '=', String(personId))]),
        eb.and([eb('audit_log.entity', '=', 'certificate'), eb('audit_log.entity_id', 'in', certificateIds)]),
      ]),
    );
  const total = await base.select((eb) => eb.fn.countAll<number>().as('n')).executeTakeFirstOrThrow();
  const rows = await base
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

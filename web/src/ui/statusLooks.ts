import type { MessageKey } from '../i18n/index.ts';

/** How one family of statuses is shown: where its labels live and the colour of each status. */
export interface StatusLook {
  /** Dictionary prefix: a status `s` is labelled by `prefix.s` (or shown as its code when missing). */
  readonly prefix: string;
  /** Label keys that do not follow the prefix. */
  readonly keys?: Readonly<Record<string, MessageKey>>;
  /** Ant Design tag colours; a status not listed is `default`. */
  readonly colours: Readonly<Record<string, string>>;
  /** The `data-testid` the family's tags carry, where the browser tests look for one. */
  readonly testId?: string;
}

/**
 * Every status family the pages show, in one table: a status means the same colour on every page,
 * in the hall and at the window alike.
 */
export const statusLooks = {
  /** Agencies, service points, windows, staff accounts. */
  record: {
    prefix: 'status',
    keys: { throttled: 'staff.throttled' },
    colours: { active: 'green', throttled: 'orange' },
  },
  /** The outcome of an audited action. */
  outcome: { prefix: 'outcome', colours: { success: 'green', denied: 'orange', failed: 'red' } },
  case: {
    prefix: 'caseStatus',
    colours: {
      in_progress: 'processing',
      waiting_materials: 'gold',
      completed: 'success',
      refused: 'error',
      declined: 'volcano',
    },
    testId: 'case-status',
  },
  material: { prefix: 'materialStatus', colours: { received: 'success', missing: 'error' } },
  ticket: {
    prefix: 'ticketStatus',
    colours: { called: 'gold', serving: 'processing', done: 'success', no_show: 'error' },
  },
  bill: { prefix: 'coll.bill.status', colours: { open: 'orange', paid: 'green', overdue: 'red' } },
  notice: { prefix: 'coll.notice.status', colours: { open: 'orange', matched: 'green' } },
  ledgerRun: { prefix: 'ledger.runStatus', colours: { running: 'processing', completed: 'green', failed: 'red' } },
  employer: {
    prefix: 'reg.employerStatus',
    colours: { active: 'green', suspended: 'orange' },
    testId: 'employer-status',
  },
  person: { prefix: 'reg.personStatus', colours: { active: 'green', merged: 'purple' }, testId: 'person-status' },
  enrolment: { prefix: 'reg.enrolmentStatus', colours: { active: 'green', suspended: 'orange' } },
  certificate: {
    prefix: 'reg.certStatus',
    keys: { verification_overdue: 'reg.cert.overdue' },
    colours: { valid: 'green', revoked: 'red', verification_overdue: 'red' },
  },
  hallCertificate: {
    prefix: 'hreg.certStatus',
    colours: { valid: 'green', verification_overdue: 'orange', revoked: 'red' },
  },
  employment: { prefix: 'reg.employmentStatus', colours: { active: 'green' } },
  hallEmployment: { prefix: 'hreg.employmentStatus', colours: { active: 'green' } },
  import: { prefix: 'reg.importStatus', colours: { applied: 'green', validated: 'blue', rejected: 'red' } },
  hallImport: { prefix: 'hreg.imp.status', colours: { applied: 'green', validated: 'blue', rejected: 'red' } },
  /** Service catalogue items (事项): in use or withdrawn. */
  catalogItem: { prefix: 'itemStatus', colours: { active: 'green' } },
  declaration: { prefix: 'coll.declStatus', colours: { submitted: 'blue' } },
  billLine: { prefix: 'coll.line.status', colours: { open: 'orange', paid: 'green' } },
  /** Suspected duplicate persons, and the merges proposed for them. */
  duplicate: { prefix: 'reg.dupStatus', colours: { open: 'orange' } },
  merge: { prefix: 'reg.mergeStatus', colours: { proposed: 'orange', approved: 'green', rejected: 'red' } },
  /** Call-backs after a poor rating (差评回访), from open to closed. */
  callback: {
    prefix: 'callbackStatus',
    colours: { open: 'red', called_back: 'orange', rectified: 'blue', closed: 'green' },
  },
  credentialReset: { prefix: 'credentialReset.status', colours: { pending: 'gold', approved: 'green' } },
  policyChange: { prefix: 'policy.status', colours: { pending: 'gold', approved: 'green', rejected: 'red' } },
  hallEmployer: {
    prefix: 'hreg.employerStatus',
    colours: { active: 'green', suspended: 'orange' },
    testId: 'hreg-unit-status',
  },
  hallEnrolment: { prefix: 'hreg.enrolmentStatus', colours: { active: 'green', suspended: 'orange' } },
  /** A message (SMS, e-mail) on its way: waiting, delivered, or given up. */
  message: { prefix: 'msg.status', colours: { queued: 'processing', sent: 'success', dead: 'error' } },
  /** A ledger correction (maker-checker). */
  correction: { prefix: 'ledger.correctionStatus', colours: { proposed: 'gold', approved: 'green' } },
  /** A month of a person's contribution record (权益记录). */
  rights: {
    prefix: 'rights.status',
    colours: { paid: 'blue', back_paid: 'geekblue', transferred_in: 'purple', due: 'gold', arrears: 'red' },
  },
  /** A case's time-limit alert: due soon, or already past its promised date. */
  caseAlert: { prefix: 'alertKind', colours: { due_soon: 'orange', overdue: 'red' } },
} as const satisfies Record<string, StatusLook>;

export type StatusFamily = keyof typeof statusLooks;

/** The colour of `status` in `family` (`default` for one the table does not list). */
export function statusColour(family: StatusFamily, status: string): string {
  const colours: Readonly<Record<string, string>> = statusLooks[family].colours;
  return colours[status] ?? 'default';
}

/**
 * Where each table lives on a Citus cluster: the one place the migrator reads (src/db/citus.ts) and
 * the test of the schema checks (every table has a placement; a migration that adds a table must
 * add it here, so that the table is born placed).
 *
 * - `reference`: a copy on every node. Small tables that everything joins: the organisation, roles,
 *   the catalogue, policy parameters, the chart of accounts. A reference table may only reference
 *   other reference tables.
 * - `distributed`: hash-distributed by `column`, co-located with `colocateWith` (the group's first
 *   table names itself), so that one person's or one payer's rows sit on one node.
 * - `coordinator`: a Citus local table on the coordinator. It joins the reference tables and keeps
 *   every constraint, trigger and lock it has on one server. `intended` names the column it will be
 *   distributed by once `blocker` is removed (see docs/operations.md, "Scaling out").
 *
 * On a single server (PGlite, PostgreSQL) the plan changes nothing.
 */

/** How one table is placed on a Citus cluster. */
export type Placement =
  | { readonly kind: 'reference' }
  | { readonly kind: 'distributed'; readonly column: string; readonly colocateWith: string }
  | {
      readonly kind: 'coordinator';
      readonly intended: string | null;
      readonly blocker: string;
      /** The co-location group it will join (its first table), where that is already settled. */
      readonly group?: string;
    };

const reference: Placement = { kind: 'reference' };

/** Stays on the coordinator: it is small, or a single-row head, counter or run log. */
const central = (blocker: string): Placement => ({ kind: 'coordinator', intended: null, blocker });

/** Hash-distributed by `column`, in the co-location group of `colocateWith`. */
const distributed = (column: string, colocateWith: string): Placement => ({
  kind: 'distributed',
  column,
  colocateWith,
});

/** Meant to be distributed by `intended`; stays on the coordinator until `blocker` is removed. */
const later = (intended: string, blocker: string, group?: string): Placement =>
  group === undefined ? { kind: 'coordinator', intended, blocker } : { kind: 'coordinator', intended, blocker, group };

/**
 * One person's rows, on the node of the person (keys made distributable by 0039). Other modules read
 * them by value, never in a join or a correlated subquery with a coordinator table
 * (docs/operations.md, "Scaling out").
 */
const byPerson = distributed('person_id', 'persons');

const BY_EMPLOYER =
  'small per employer; waits for the payer key of collection (employers are a reference table until then)';

const PAYER_KEYS = 'no payer key: flexible workers pay as persons, employers as employers (issue 16: payer_key)';
const CASE_KEYS = 'child tables keyed by their own id, not by case_id; foreign keys from registration and collection';
const JOURNAL = 'journal lines carry person and control lines in one table; the hash chain orders entries globally';

/** The placement of every table in the schema, by module. */
export const PLACEMENT: Readonly<Record<string, Placement>> = {
  // Platform: organisation, staff, roles, sessions, audit.
  agencies: reference,
  agency_history: reference,
  roles: reference,
  role_permissions: reference,
  staff: reference,
  staff_roles: reference,
  service_points: reference,
  service_windows: reference,
  credential_resets: central('a handful of rows per agency'),
  password_history: central('a handful of rows per staff member'),
  sessions: central('short-lived rows, read by id on every request'),
  login_challenges: central('short-lived rows'),
  login_devices: central('short-lived rows'),
  login_failures: central('short-lived rows'),
  idempotency_records: central('short-lived rows'),
  audit_head: central('the single head row of the audit chain'),
  audit_log: later('seq', 'the hash chain is appended under one head lock; verification walks it in order'),
  messages: central('the outbox: delivered and pruned'),
  opening_code_sends: central('short-lived rows'),
  schema_migrations: central('the migrator’s own record'),
  holiday_years: reference,

  // Catalogue, policy, queue, evaluation settings.
  catalog_categories: reference,
  catalog_items: reference,
  catalog_item_versions: reference,
  case_workflows: reference,
  case_settings: reference,
  evaluation_settings: reference,
  industries: reference,
  policy_keys: reference,
  policy_changes: reference,
  policy_parameters: reference,
  registration_region_rules: reference,
  collection_periods: reference,
  ledger_accounts: reference,
  queue_categories: reference,
  queue_window_categories: reference,
  queue_day_counters: central('one counter row per category and day'),
  queue_tickets: central('a day’s tickets per service point'),

  // Service desk: cases and their children, archive, ratings.
  cases: later('id', CASE_KEYS),
  case_alerts: later('case_id', CASE_KEYS),
  case_bundles: later('id', CASE_KEYS),
  case_events: later('case_id', CASE_KEYS),
  case_handovers: later('case_id', CASE_KEYS),
  case_materials: later('case_id', CASE_KEYS),
  case_notices: later('id', CASE_KEYS),
  case_notice_cases: later('case_id', CASE_KEYS),
  case_steps: later('case_id', CASE_KEYS),
  case_number_counters: central('one counter row per prefix'),
  case_sweep_runs: central('one row per SLA sweep'),
  applicant_name_overrides: later('id', CASE_KEYS),
  callback_tasks: later('case_id', CASE_KEYS),
  callback_events: later('task_id', CASE_KEYS),
  ratings: later('case_id', CASE_KEYS),
  archive_documents: later('id', 'business-number unique without a distribution column'),
  archive_uploads: later('id', 'referenced by archive_documents(id)'),
  archive_uses: later('document_id', 'references archive_documents(id)'),
  archive_sequences: central('one counter row per agency, year and retention'),
  public_accounts: later('id', 'the natural key (id number) must stay globally unique: needs a claim table'),
  hall_activations: later('public_account_id', 'references public_accounts(id)'),

  // Registration: persons, employers and their histories.
  persons: byPerson,
  person_claims: distributed('id_index', 'person_claims'),
  person_changes: byPerson,
  person_duplicate_flags: later('person_id', 'the duplicate search self-joins persons across shards'),
  person_merges: later('id', 'references two persons'),
  person_reads: byPerson,
  person_rights_versions: byPerson,
  employments: byPerson,
  enrolments: byPerson,
  enrolment_events: byPerson,
  // On every node: a person's shard joins the person's employers in every subtree check.
  employers: reference,
  employer_changes: later('employer_id', BY_EMPLOYER),
  employer_rate_floats: later('employer_id', BY_EMPLOYER),
  employer_api_keys: later('employer_id', BY_EMPLOYER),
  employer_number_counters: central('one counter row per region'),
  registration_imports: later('employer_id', BY_EMPLOYER),
  certificates: later('person_id', 'business-number unique without a distribution column'),
  certificate_verifications: later('certificate_id', 'references certificates(id)'),
  certificate_sequences: central('one counter row per kind and year'),

  // Contributions and collection: keyed by payer.
  contribution_declarations: later('payer_key', PAYER_KEYS),
  declaration_lines: later('payer_key', PAYER_KEYS),
  contribution_bills: later('payer_key', PAYER_KEYS),
  bill_lines: later('payer_key', PAYER_KEYS),
  payments: later('payer_key', `${PAYER_KEYS}; (channel, reference) must stay globally unique`),
  payment_allocations: later('payer_key', PAYER_KEYS),
  payment_files: central('one row per bank file'),
  payment_notices: later('payer_key', PAYER_KEYS),
  payer_credits: later('payer_key', PAYER_KEYS),
  refunds: later('payer_key', PAYER_KEYS),
  month_closes: central('one row per region and period'),

  // Arrears.
  late_fees: later('payer_key', PAYER_KEYS),
  payment_orders: later('payer_key', PAYER_KEYS),
  enforcement_steps: later('payer_key', PAYER_KEYS),
  deferral_agreements: later('payer_key', PAYER_KEYS),
  back_payments: later('payer_key', PAYER_KEYS),

  // Ledger: journal, rights, interest, statements, reconciliation.
  journal_head: central('the single head row of the journal chain'),
  journal_batches: central('the batch sequence is one global order'),
  journal_entries: later('id', JOURNAL),
  journal_lines: later('person_id', JOURNAL),
  ledger_balances: central('one cached balance per control account'),
  ledger_corrections: later('entry_id', JOURNAL),
  individual_accounts: byPerson,
  rights_records: byPerson,
  rights_record_versions: byPerson,
  rights_statements: later('person_id', 'business-number unique without a distribution column'),
  statement_summaries: byPerson,
  statement_sequences: central('one counter row per year'),
  statement_runs: central('one row per statements run'),
  interest_runs: central('one row per interest run'),
  reconcile_runs: central('one row per reconciliation'),
  reconcile_differences: central('a run’s findings, read with the run'),
};

/**
 * The plan with every settled co-location group distributed (`group` of a coordinator table): where
 * the schema goes next. A test of the keys places it for real; the database suites run on it with
 * `TEST_CITUS_PLAN=next`, to find the queries that still keep a group on the coordinator.
 */
export const NEXT_PLACEMENT: Readonly<Record<string, Placement>> = Object.fromEntries(
  Object.entries(PLACEMENT).map(([table, placement]) => [
    table,
    placement.kind === 'coordinator' && placement.group !== undefined && placement.intended !== null
      ? { kind: 'distributed', column: placement.intended, colocateWith: placement.group }
      : placement,
  ]),
);

/**
 * Unique violations a race between two requests can cause, and the rejection each deserves. Every
 * service checks for the duplicate first and refuses it by name; two requests can both pass that
 * check, and the later insert then fails on the constraint (SQLSTATE 23505). That loser gets the
 * same named refusal the check would have given it (without details: the constraint's message
 * names the other record's key, and a refusal leaks nothing), never a 500.
 */
import { defineRejections } from '../kernel/rejection.ts';

export const uniqueRejections = defineRejections({
  concurrent_duplicate: {
    kind: 'conflict',
    zh: '另一项同时进行的操作已登记了相同的数据，本次操作未生效',
    en: 'A concurrent operation already recorded the same thing; nothing was changed',
  },
  // Foreign-key violations (23503): a service checks what a request names before writing; a record
  // removed or never there by the time of the insert still gets a named answer, never a 500.
  referenced_record_not_found: {
    kind: 'not_found',
    zh: '请求引用的记录不存在，本次操作未生效',
    en: 'A record the request refers to does not exist; nothing was changed',
  },
  record_still_referenced: {
    kind: 'conflict',
    zh: '该记录仍被其他记录引用，不能删除或修改，本次操作未生效',
    en: 'Other records still refer to this one, so it cannot be removed or changed; nothing was changed',
  },
});

/**
 * Constraint (or unique index) name → the module's own duplicate rejection. A unique violation of
 * a constraint not listed here is `concurrent_duplicate` (409): still named, still nothing applied.
 */
export const UNIQUE_VIOLATION_REJECTIONS: ReadonlyMap<string, string> = new Map(
  Object.entries({
    // org
    agencies_code_key: 'agency_code_taken',
    agency_history_agency_id_version_key: 'conflict',
    service_windows_service_point_id_number_key: 'window_number_taken',
    staff_username_key: 'username_taken',
    // auth
    public_accounts_kind_identifier_index_key: 'public_account_exists',
    // catalog
    catalog_categories_code_key: 'catalog_code_taken',
    catalog_items_code_key: 'catalog_code_taken',
    catalog_item_versions_pkey: 'conflict',
    // queue
    queue_categories_service_point_id_letter_key: 'queue_category_letter_taken',
    // archive
    archive_documents_upload_id_key: 'upload_already_archived',
    archive_documents_supersedes_id_key: 'archive_already_superseded',
    // evaluation
    ratings_case_id_kind_key: 'rating_already_given',
    // registration
    person_claims_pkey: 'person_already_registered',
    employers_credit_code_key: 'employer_already_registered',
    employers_identifier_index_key: 'employer_already_registered',
    employments_one_active_per_employer: 'employment_already_active',
    enrolments_one_open_per_scheme: 'enrolment_duplicate',
    enrolments_one_open_injury_per_employer: 'enrolment_duplicate',
    person_merges_open_idx: 'person_merge_already_proposed',
    // policy
    policy_parameters_change_id_key: 'policy_change_not_pending',
    // ledger
    journal_entries_reverses_entry_id_key: 'ledger_already_reversed',
    ledger_corrections_pending_idx: 'ledger_already_reversed',
    statement_runs_region_code_year_key: 'statement_run_exists',
    // collection
    payments_reference_idx: 'collection_payment_duplicate',
    payment_files_content_hash_key: 'collection_payment_file_repeated',
    month_closes_region_code_period_key: 'collection_month_close_running',
  }),
);

/** The rejection code for a unique violation of `constraint` (named by the database). */
export function uniqueViolationCode(constraint: string | undefined): string {
  return (constraint === undefined ? undefined : UNIQUE_VIOLATION_REJECTIONS.get(constraint)) ?? 'concurrent_duplicate';
}

/**
 * The constraint a database error names (a unique, foreign-key or check violation), as the schema
 * names it. On Citus the violation is raised by a shard, which names its copy of the constraint
 * with the shard's id appended (`payment_files_content_hash_key_102044`); the id is cut off here.
 * No constraint of the schema ends in `_<digits>`.
 */
export function constraintOf(error: unknown): string | undefined {
  const constraint = (error as { constraint?: unknown } | null)?.constraint;
  return typeof constraint === 'string' ? constraint.replace(/_\d+$/, '') : undefined;
}

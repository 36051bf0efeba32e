/**
 * The constraint a database error names (a unique, foreign-key or check violation), as the schema
 * names it. On Citus the violation is raised by a shard, which names its copy of the constraint
 * with the shard's id appended (`payment_files_content_hash_key_102044`); the id is cut off here.
 * No constraint of the schema ends in `_<digits>`. A violation relayed from a worker (a write to a
 * reference table, copied to every node) can arrive without the constraint field; its message still
 * quotes the name.
 */
export function constraintOf(error: unknown): string | undefined {
  const fields = error as { constraint?: unknown; message?: unknown } | null;
  const named =
    typeof fields?.constraint === 'string'
      ? fields.constraint
      : typeof fields?.message === 'string'
        ? /(?:unique|foreign key|check|exclusion) constraint "([^"]+)"/.exec(fields.message)?.[1]
        : undefined;
  return named?.replace(/_\d+$/, '');
}

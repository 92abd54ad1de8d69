/** History keys are the record's fields as the contract names them: `assignee_staff_id` → `assigneeStaffId`. */
export function historyKey(column: string): string {
  return column.replace(/_([a-z0-9])/g, (_, letter: string) => letter.toUpperCase());
}

/**
 * A history row's stored changes, `{ field: [before, after] }`, keyed as history keys. Loss declarations wrote
 * their column names until every ledger shared one change step; those rows stay as written (the chain seals
 * them) and read like the rest.
 */
export function readChanges(json: string | null): Record<string, [unknown, unknown]> | null {
  if (!json) return null;
  const changes = JSON.parse(json) as Record<string, [unknown, unknown]>;
  return Object.fromEntries(Object.entries(changes).map(([field, change]) => [historyKey(field), change]));
}

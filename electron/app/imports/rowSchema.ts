import type { z } from 'zod';
import type { ImportColumns, RowProblem } from './importKind';

/**
 * A row's record checked by the same zod schema the ledger's own form is checked by (one rule for typing and for
 * importing); each issue is reported on the column that fed the field it names, or on the row as a whole.
 */
export function parseRow<S extends z.ZodType, C extends ImportColumns>(
  schema: S,
  input: unknown,
  fieldOf: Readonly<Record<string, keyof C>>,
): { ok: true; value: z.output<S> } | { ok: false; problems: RowProblem<C>[] } {
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, value: parsed.data };
  const problems = parsed.error.issues.map((issue) => ({ field: fieldOf[String(issue.path[0])] ?? null, message: issue.message }));
  return { ok: false, problems };
}

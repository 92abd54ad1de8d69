import type { App, FormInstance } from 'antd';
import { CallError, type FieldIssue } from '../../../shared/contract/errors';
import { errorMessage } from '../api/client';

type NamePath = (string | number)[];
type MessageInstance = ReturnType<typeof App.useApp>['message'];

interface Options {
  /** Top-level field names the form shows; an issue on any other field is reported with message.error. */
  fields: readonly string[];
  /** Contract field → form field, where the form shows a value under another name (roomId → roomText). */
  rename?: Record<string, string>;
  /**
   * Where a message that names no visible field goes (e.g. a rule the whole step broke, shown inside the dialog
   * the clerk is looking at); by default a message.error toast.
   */
  onUnplaced?: (text: string) => void;
}

/** `owners.0.phone` → ['owners', 0, 'phone'] */
function toNamePath(field: string, rename: Record<string, string>): NamePath {
  return field.split('.').map((part, index) => {
    if (index === 0) return rename[part] ?? part;
    return /^\d+$/.test(part) ? Number(part) : part;
  });
}

/** Under its own field the 「label」 prefix of a validation message only repeats the label. */
function withoutLabel(message: string): string {
  return message.replace(/^「[^」]*」/, '');
}

/**
 * Put a failed call's messages on the fields they name and focus the first; anything that names no visible
 * field goes to a message. The form keeps every value, so nothing typed is lost.
 */
export function applyCallError(form: FormInstance, error: unknown, message: MessageInstance, options: Options): void {
  const appError = error instanceof CallError ? error.error : null;
  const rename = options.rename ?? {};
  const issues: FieldIssue[] = appError?.issues?.length
    ? appError.issues
    : appError?.field
      ? [{ field: appError.field, message: appError.message }]
      : [];

  const grouped = new Map<string, { name: NamePath; errors: string[] }>();
  const unplaced: string[] = [];
  for (const issue of issues) {
    const name = toNamePath(issue.field, rename);
    if (!options.fields.includes(String(name[0]))) {
      unplaced.push(issue.message);
      continue;
    }
    const key = name.join('.');
    const entry = grouped.get(key) ?? { name, errors: [] };
    entry.errors.push(withoutLabel(issue.message));
    grouped.set(key, entry);
  }

  const placed = [...grouped.values()];
  if (placed.length > 0) {
    form.setFields(placed.map(({ name, errors }) => ({ name, errors })));
    form.scrollToField(placed[0]!.name, { focus: true, block: 'center' });
  }
  const report = options.onUnplaced ?? ((text: string) => void message.error(text));
  if (placed.length === 0) report(errorMessage(error));
  else if (unplaced.length > 0) report(unplaced.join(';'));
}

import dayjs, { type Dayjs } from 'dayjs';

/** A date picker's value inside a draft: the office wall-clock text, marked so it comes back as a date. */
interface DraftDate {
  $date: string;
}

function isDraftDate(value: unknown): value is DraftDate {
  return typeof value === 'object' && value !== null && typeof (value as DraftDate).$date === 'string';
}

/** A picked file (a scan) is never part of a draft: it is picked again. */
function isPickedFile(value: unknown): boolean {
  return typeof value === 'object' && value !== null && 'contentBase64' in value;
}

/** The form's values as a draft: dates as text, files left out, empty fields dropped. */
export function toDraftValues(values: Record<string, unknown>): Record<string, unknown> {
  const draft: Record<string, unknown> = {};
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === '' || isPickedFile(value)) continue;
    draft[name] = dayjs.isDayjs(value) ? ({ $date: (value as Dayjs).format('YYYY-MM-DDTHH:mm:ss') } satisfies DraftDate) : value;
  }
  return draft;
}

/** A draft back into the form's values. */
export function fromDraftValues(draft: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(draft).map(([name, value]) => [name, isDraftDate(value) ? dayjs(value.$date) : value]));
}

import dayjs, { type Dayjs } from 'dayjs';

/** The contract's local times (2026-11-23T09:30:00) as the desk reads them: 2026-11-23 09:30. */
export function formatLocalDateTime(value: string | null | undefined): string {
  if (!value) return '';
  const parsed = dayjs(value);
  return parsed.isValid() ? parsed.format('YYYY-MM-DD HH:mm') : value;
}

/** A picked moment as the contract's local date-time (no zone, minutes precision). */
export function toLocalDateTime(value: Dayjs): string {
  return value.format('YYYY-MM-DDTHH:mm');
}

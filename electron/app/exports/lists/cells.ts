/** How the list exports write times and labelled keys. */
export const time = (iso: string | null | undefined) => iso?.replace('T', ' ').slice(0, 16) ?? '';
export const label = (labels: Record<string, string>, key: string | null | undefined) => (key ? (labels[key] ?? key) : '');

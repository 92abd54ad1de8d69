/** What an edit dialog is open for: a record to change, `'new'` to add one, or null while it is closed. */
export type Editing<T> = T | 'new' | null;

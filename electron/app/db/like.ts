import { sql, type SqlBool } from 'kysely';

/** LIKE with the user's text taken literally: % and _ typed by a clerk match themselves. */
export function like(column: string, pattern: string) {
  return sql<SqlBool>`${sql.ref(column)} like ${pattern} escape '\\'`;
}

function escapeLike(text: string): string {
  return text.replace(/[\\%_]/g, (char) => `\\${char}`);
}

export const containing = (text: string) => `%${escapeLike(text)}%`;
export const startingWith = (text: string) => `${escapeLike(text)}%`;
export const endingWith = (text: string) => `%${escapeLike(text)}`;

import { sql, type Kysely } from 'kysely';

/**
 * A ten-year office (hundreds of thousands of complaints) must list and search at once. The filters already have
 * indexes ending in the sort key (0001); this adds the search index: a contentless FTS5 table of bigram tokens
 * (see searchTokens.ts), rowid = complaint id, kept by the complaint services in the writing transaction.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE VIRTUAL TABLE complaint_search USING fts5(doc, content='', contentless_delete=1, detail=none, tokenize='ascii')`.execute(db);
  const rows = await db
    .selectFrom('complaints')
    .select(['id', 'number', 'received_at', 'content', 'demand', 'complainant_name', 'target_description', 'phone', 'room_label'])
    .execute();
  for (const row of rows as (SearchedComplaint & { id: number })[]) {
    await sql`INSERT INTO complaint_search(rowid, doc) VALUES (${row.id}, ${complaintSearchDocument(row)})`.execute(db);
  }
}

// Frozen copy of search/searchTokens.ts as of 0007: the documents this migration indexed must never follow the live code.
interface SearchedComplaint {
  number: string;
  received_at: string;
  content: string;
  demand: string | null;
  complainant_name: string | null;
  target_description: string | null;
  phone: string | null;
  room_label: string | null;
}

function foldAscii(text: string): string {
  return text.replace(/[A-Z]/g, (char) => char.toLowerCase());
}

function hex(text: string): string {
  let out = '';
  for (const char of text) out += char.codePointAt(0)!.toString(16).padStart(6, '0');
  return out;
}

function bigramTokens(text: string | null | undefined, into: Set<string>): void {
  if (!text) return;
  const chars = [...foldAscii(text)];
  for (let i = 0; i + 1 < chars.length; i++) into.add(`b${hex(chars[i]! + chars[i + 1]!)}`);
  into.add(`u${hex(chars[chars.length - 1]!)}`);
}

function reversed(text: string): string {
  return [...text].reverse().join('');
}

function complaintSearchDocument(row: SearchedComplaint): string {
  const tokens = new Set<string>();
  for (const text of [row.number, row.content, row.demand, row.complainant_name, row.target_description, row.phone]) bigramTokens(text, tokens);
  if (row.room_label) {
    const label = foldAscii(row.room_label);
    tokens.add(`p${hex(label)}`);
    tokens.add(`s${hex(reversed(label))}`);
  }
  tokens.add(yearToken(row.received_at.slice(0, 4)));
  return [...tokens].join(' ');
}

function yearToken(year: string | number): string {
  return `y${year}`;
}

import { sql, type Kysely } from 'kysely';

/**
 * 经验库 (experience base). Its entries: standard procedures supervisors write and lessons (经验总结) drawn from
 * closed cases, each with its segmented words for ranking. The past cases' index: each complaint's words
 * (content and demand, segmented) in a contentless FTS5 table for the candidates, a table of the words themselves
 * for BM25, and the number of cases holding each word (its document frequency) with the corpus totals.
 * Segmenting needs the app's dictionary, which a migration may not import: the complaints already on file are
 * queued in `complaint_index_backlog` and indexed by the app at its next start (the list search's documents are
 * written again at the same time, with the names' pinyin).
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await sql`CREATE TABLE experience_entries (
    id INTEGER PRIMARY KEY,
    kind TEXT NOT NULL CHECK (kind IN ('procedure', 'lesson')),
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    steps TEXT NOT NULL DEFAULT '[]',
    category TEXT,
    department_id INTEGER REFERENCES departments(id),
    severity TEXT,
    script_ids TEXT NOT NULL DEFAULT '[]',
    complaint_id INTEGER REFERENCES complaints(id),
    words TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1,
    created_by INTEGER NOT NULL REFERENCES staff(id),
    created_at TEXT NOT NULL,
    updated_at TEXT NOT NULL
  )`.execute(db);
  // One lesson per case: archiving it again edits the lesson it has.
  await sql`CREATE UNIQUE INDEX experience_entries_complaint ON experience_entries (complaint_id) WHERE complaint_id IS NOT NULL`.execute(db);
  await sql`CREATE TABLE case_words (complaint_id INTEGER PRIMARY KEY REFERENCES complaints(id), words TEXT NOT NULL)`.execute(db);
  await sql`CREATE VIRTUAL TABLE case_word_search USING fts5(words, content='', contentless_delete=1, detail=none, tokenize='unicode61 remove_diacritics 0')`.execute(db);
  await sql`CREATE TABLE case_word_counts (word TEXT PRIMARY KEY, docs INTEGER NOT NULL) WITHOUT ROWID`.execute(db);
  await sql`CREATE TABLE case_word_totals (id INTEGER PRIMARY KEY CHECK (id = 1), docs INTEGER NOT NULL, words INTEGER NOT NULL)`.execute(db);
  await sql`INSERT INTO case_word_totals (id, docs, words) VALUES (1, 0, 0)`.execute(db);
  await sql`CREATE TABLE complaint_index_backlog (complaint_id INTEGER PRIMARY KEY)`.execute(db);
  await sql`INSERT INTO complaint_index_backlog (complaint_id) SELECT id FROM complaints`.execute(db);
}

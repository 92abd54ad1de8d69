import type BetterSqlite3 from 'better-sqlite3';
import { suggest } from '../../electron/app/experience/experienceSuggest';
import { segmenterFor } from '../../electron/app/experience/wordSegmenter';
import { corpusOf, knownWords, scorerFor, type Corpus } from '../../electron/app/experience/bm25';
import { candidateBudget, casesPerWord } from '../../electron/app/experience/experienceMatcher';
import { suggestFrom, type Voter } from '../../electron/app/experience/suggestionVotes';
import { classShares, type CharacterModel } from '../../electron/app/experience/characterModel';
import type { Department } from '../../shared/domain/office/officeRecords';
import { characterModelOf } from '../../electron/app/experience/experienceCharacters';
import { listDepartments } from '../../electron/app/office/officeRepository';
import { suggestInput } from '../../shared/domain/experience/experience';
import { measureQuality } from '../quality/quality';
import { timePair } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';

const texts = [
  '3-1-1903 卫生间天花板漏水,墙面渗水发霉,楼上说不是他家的问题。',
  '楼下广场舞噪音太大,晚上十点还在跳,老人孩子没法休息。',
  '垃圾桶满了两天没人清运,臭味很大,还有苍蝇。',
  '物业费收据的抬头开错了,要求财务重开。',
];

/**
 * The hand-written side: the same words, the same candidates (each key word's cases, rarest first, newest first,
 * within the same budgets), the same BM25, the same reads of the best cases, the base, its 话术 and the
 * departments, the character model's freshness checks, and the same vote, in prepared statements on the raw
 * handle. The character model itself is built once, as the app keeps it built.
 */
function rawSuggest(raw: BetterSqlite3.Database, model: CharacterModel) {
  const segmenter = segmenterFor([]);
  const totals = raw.prepare('SELECT docs, words FROM case_word_totals WHERE id = 1');
  const counts = raw.prepare('SELECT word, docs FROM case_word_counts WHERE word IN (SELECT value FROM json_each(?))');
  const withWord = raw.prepare('SELECT rowid AS id FROM case_word_search WHERE case_word_search MATCH ? ORDER BY rowid DESC LIMIT ?');
  const wordsOf = raw.prepare('SELECT complaint_id, words FROM case_words WHERE complaint_id IN (SELECT value FROM json_each(?))');
  const outcomes = raw.prepare(`SELECT c.id, c.number, c.content, c.category, c.severity, c.status, c.handling_result, c.corrective_action, c.resolved_at,
      coalesce((SELECT w.department_id FROM work_orders w WHERE w.complaint_id = c.id ORDER BY w.id DESC LIMIT 1), c.target_department_id) AS department_id,
      (SELECT r.satisfaction FROM revisits r WHERE r.subject_kind = 'complaint' AND r.subject_id = c.id AND r.status = 'done' ORDER BY r.revisited_at DESC LIMIT 1) AS satisfaction
    FROM complaints c WHERE c.id IN (SELECT value FROM json_each(?))`);
  const entries = raw.prepare(`SELECT e.*, d.name AS department_name FROM experience_entries e
    LEFT JOIN departments d ON d.id = e.department_id WHERE e.active = 1`);
  const scripts = raw.prepare('SELECT * FROM service_scripts WHERE active = 1 ORDER BY sort_order, id');
  const departments = raw.prepare('SELECT id, name, active, sort_order FROM departments ORDER BY sort_order, id');
  const entriesVersion = raw.prepare('SELECT count(*), max(id), max(updated_at) FROM experience_entries');
  const newestCase = raw.prepare('SELECT max(id) FROM complaints');
  return (text: string) => {
    const keywords = segmenter.keywords(text, 8);
    const query = [...new Set([...keywords, ...segmenter.words(text)])];
    const total = totals.get() as { docs: number; words: number };
    const frequency = new Map((counts.all(JSON.stringify(query)) as { word: string; docs: number }[]).map((row) => [row.word, row.docs]));
    const corpus: Corpus = { docs: total.docs, averageLength: total.docs ? total.words / total.docs : 0, documentFrequency: (word) => frequency.get(word) ?? 0 };
    const words = knownWords(corpus, query);
    const candidates = new Set<number>();
    for (const word of knownWords(corpus, keywords).sort((a, b) => corpus.documentFrequency(a) - corpus.documentFrequency(b))) {
      if (candidates.size >= candidateBudget) break;
      for (const row of withWord.all(`"${word.replaceAll('"', '""')}"`, casesPerWord) as { id: number }[]) candidates.add(row.id);
    }
    const score = scorerFor(corpus, words);
    const ranked = (wordsOf.all(JSON.stringify([...candidates])) as { complaint_id: number; words: string }[])
      .map((row) => ({ id: row.complaint_id, ...score(row.words === '' ? [] : row.words.split(' ')) }))
      .filter((item) => item.score > 0)
      .sort((a, b) => b.score - a.score || b.id - a.id)
      .slice(0, 40);
    type EntryRow = { words: string; kind: string; category: string | null; department_id: number | null; severity: string | null; script_ids: string };
    const entryRows = entries.all() as EntryRow[];
    const baseCorpus = corpusOf(entryRows.map((entry) => (entry.words === '' ? [] : entry.words.split(' '))));
    const scoreEntry = scorerFor(baseCorpus, knownWords(baseCorpus, query));
    const procedures = entryRows
      .map((entry) => ({ ...entry, ...scoreEntry(entry.words === '' ? [] : entry.words.split(' ')) }))
      .filter((entry) => entry.score > 0 && entry.kind === 'procedure');
    const linked = procedures.some((entry) => entry.script_ids !== '[]') ? scripts.all() : [];
    const cases = outcomes.all(JSON.stringify(ranked.map((item) => item.id))) as { id: number; category: string; department_id: number | null; severity: string }[];
    const caseScore = new Map(ranked.map((item) => [item.id, item.score]));
    const office: Department[] = (departments.all() as { id: number; name: string; active: number; sort_order: number }[]).map((row) => ({
      id: row.id, name: row.name, active: row.active === 1, sortOrder: row.sort_order,
    }));
    entriesVersion.raw().get();
    newestCase.pluck().get();
    const voters = [
      ...procedures.map((entry) => ({ score: entry.score, category: entry.category, departmentId: entry.department_id, severity: entry.severity })),
      ...cases.map((row) => ({ score: caseScore.get(row.id) ?? 0, category: row.category, departmentId: row.department_id, severity: row.severity })),
    ].sort((a, b) => b.score - a.score) as Voter[];
    const characters = classShares(model, text);
    const suggestion = suggestFrom(voters, query, text, office, characters);
    return { keywords, cases, procedures, linked, suggestion };
  };
}

/**
 * experience.suggest on the office's ten years of complaints (every one of them a past case), against the same
 * ranking by hand; then the quality of its suggestions on the labelled set (bench/quality), in a new office.
 */
export const experiencePart: BenchPart = {
  name: 'experience',
  async run({ app, raw, runs, warmup }) {
    const figures: Figure[] = [];
    const bySql = rawSuggest(raw, await characterModelOf(app.ctx.db, await listDepartments(app.ctx.db)));
    const cases = (raw.prepare('SELECT docs FROM case_word_totals WHERE id = 1').pluck().get() as number) ?? 0;
    for (const text of texts) {
      const input = suggestInput.parse({ text });
      figures.push({
        part: 'experience',
        name: `经验库匹配“${text.slice(0, 10)}…”(${cases.toLocaleString()} 条历史投诉)`,
        ...(await timePair(() => suggest(app.ctx, input), () => bySql(text), { runs, warmup })),
        budget: 'query',
      });
    }
    const quality = await measureQuality();
    const set = `${quality.procedures} 条流程、${quality.past} 条历史、${quality.asked} 条留出`;
    figures.push({ part: 'experience', name: '经验库建议分类首选正确率', value: quality.category * 100, unit: '%', note: set, budget: 'experienceCategory' });
    figures.push({ part: 'experience', name: '经验库建议部门首选正确率', value: quality.department * 100, unit: '%', note: set, budget: 'experienceDepartment' });
    figures.push({ part: 'experience', name: '经验库建议严重程度正确率(仅参考)', value: quality.severity * 100, unit: '%' });
    figures.push({ part: 'experience', name: '历史集留一法分类正确率(仅参考)', value: quality.leaveOneOutCategory * 100, unit: '%', note: `${quality.past} 条` });
    if (quality.fresh) {
      // The independent set: other words, never tuned on (bench/quality/freshComplaints.tsv).
      const note = `${quality.fresh.asked} 条独立新集,不参与调参`;
      figures.push({ part: 'experience', name: '独立新集分类首选正确率(仅参考)', value: quality.fresh.category * 100, unit: '%', note });
      figures.push({ part: 'experience', name: '独立新集部门首选正确率(仅参考)', value: quality.fresh.department * 100, unit: '%', note });
    }
    if (quality.blind) {
      const note = `${quality.blind.asked} 条盲写测试集(bench/quality/blindTest.tsv)`;
      figures.push({ part: 'experience', name: '盲写测试集分类首选正确率(仅参考)', value: quality.blind.category * 100, unit: '%', note });
      figures.push({ part: 'experience', name: '盲写测试集部门首选正确率(仅参考)', value: quality.blind.department * 100, unit: '%', note });
    }
    return figures;
  },
};

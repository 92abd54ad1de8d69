import { listComplaints } from '../../electron/app/ledgers/complaints/complaintService';
import { termMatch, yearToken } from '../../electron/app/ledgers/complaints/complaintSearchTokens';
import { complaintListInput } from '../../shared/domain/complaints/complaintSchemas';
import { timeIt, timePair } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';
import { rawListStatement, runRawList } from './rawList';

const textWhere = `(c.number = ? OR c.content LIKE ? ESCAPE '\\' OR c.demand LIKE ? ESCAPE '\\' OR c.complainant_name LIKE ? ESCAPE '\\' OR c.target_description LIKE ? ESCAPE '\\')
  AND c.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ?)`;

/**
 * Text search, first page and count. The raw statement is the app's first step by hand: the newest year's
 * candidates from the bigram index, confirmed by LIKE. The plain LIKE scan is shown for reference.
 */
export const searchPart: BenchPart = {
  name: 'search',
  async run({ app, raw, runs, warmup }) {
    const figures: Figure[] = [];
    const lastYear = (raw.prepare('SELECT max(received_at) FROM complaints').pluck().get() as string).slice(0, 4);
    for (const term of ['漏水', '渗水发霉']) {
      const query = complaintListInput.parse({ q: term });
      const pattern = `%${term}%`;
      const params = [term, pattern, pattern, pattern, pattern];
      const statement = rawListStatement(raw, textWhere.replace('MATCH ?)', 'MATCH ?)'), {});
      const matches = raw.prepare('SELECT count(*) FROM complaints WHERE content LIKE ?').pluck().get(pattern) as number;
      figures.push({
        part: 'search',
        name: `搜索“${term}”(${[...term].length} 字,${matches} 条)`,
        ...(await timePair(() => listComplaints(app.ctx, query), () => runRawList(statement, [...params, `${termMatch(term)} AND ${yearToken(lastYear)}`], [], [...params, termMatch(term)]), { runs, warmup })),
        budget: 'query',
      });
    }
    const scan = raw.prepare("SELECT count(*) FROM complaints c WHERE c.content LIKE '%漏水%'");
    figures.push({ part: 'search', name: "LIKE '%漏水%' 全表扫描(仅参考)", raw: await timeIt(() => scan.all(), { runs: Math.min(runs, 10), warmup: 1 }), note: '无索引' });
    return figures;
  },
};

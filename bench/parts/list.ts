import { listComplaints } from '../../electron/app/ledgers/complaints/complaintService';
import { complaintListInput } from '../../shared/domain/complaints/complaintSchemas';
import { timeIt, timePair } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';
import { rawListStatement, runRawList } from './rawList';
import { roomMatch } from '../../electron/app/ledgers/complaints/complaintSearchTokens';

/** The complaint list's first page plain and with each filter, and the 500th page (keyset, and OFFSET for reference). */
export const listPart: BenchPart = {
  name: 'list',
  async run({ app, raw, runs, warmup }) {
    const figures: Figure[] = [];
    const lastYear = (raw.prepare('SELECT max(received_at) FROM complaints').pluck().get() as string).slice(0, 4);
    const month = `${Number(lastYear) - 2}-06`;
    // A room of middling busyness (rank 50 by complaints), the way the filter is typically used.
    const room = raw.prepare('SELECT room_label FROM complaints WHERE room_id IS NOT NULL GROUP BY room_id ORDER BY count(*) DESC LIMIT 1 OFFSET 49').pluck().get() as string;
    const cases: { name: string; input: Record<string, unknown>; where: string; params: unknown[] }[] = [
      { name: '第一页(无筛选)', input: {}, where: '1', params: [] },
      { name: '状态=处理中', input: { status: 'inProgress' }, where: 'c.status = ?', params: ['inProgress'] },
      { name: '状态=已归档', input: { status: 'archived' }, where: 'c.status = ?', params: ['archived'] },
      { name: '分类=绿化养护', input: { category: 'greening' }, where: 'c.category = ?', params: ['greening'] },
      { name: '严重程度=严重', input: { severity: 'serious' }, where: 'c.severity = ?', params: ['serious'] },
      {
        name: '日期=一个月',
        input: { from: `${month}-01`, to: `${month}-30` },
        where: 'c.received_at >= ? AND c.received_at <= ?',
        params: [`${month}-01T00:00:00`, `${month}-30T23:59:59`],
      },
      {
        name: `房号=${room}`,
        input: { room },
        where: `(c.room_label LIKE ? ESCAPE '\\' OR c.room_label LIKE ? ESCAPE '\\') AND c.id IN (SELECT rowid FROM complaint_search WHERE complaint_search MATCH ?)`,
        params: [`${room}%`, `%-${room}`, roomMatch(room)],
      },
    ];
    for (const { name, input, where, params } of cases) {
      const query = complaintListInput.parse(input);
      const statement = rawListStatement(raw, where);
      figures.push({
        part: 'list',
        name,
        ...(await timePair(() => listComplaints(app.ctx, query), () => runRawList(statement, params), { runs, warmup })),
        budget: 'query',
      });
    }
    // Page 500 by keyset: the cursor is where page 499 ends (the renderer holds it from the page before).
    // A small office (tests, --size) has fewer pages: its deepest page stands in.
    const pageNo = Math.min(500, Math.floor((raw.prepare('SELECT count(*) FROM complaints').pluck().get() as number) / 20));
    const before = raw.prepare('SELECT received_at, id FROM complaints ORDER BY received_at DESC, id DESC LIMIT 1 OFFSET ?').get((pageNo - 1) * 20 - 1) as { received_at: string; id: number };
    const deep = complaintListInput.parse({ page: pageNo, after: `${before.received_at}|${before.id}` });
    const keyset = rawListStatement(raw, '1', { cursor: true });
    figures.push({
      part: 'list',
      name: `第 ${pageNo} 页(keyset)`,
      ...(await timePair(() => listComplaints(app.ctx, deep), () => runRawList(keyset, [], [before.received_at, before.id]), { runs, warmup })),
      budget: 'query',
    });
    const offset = raw.prepare(`SELECT c.id FROM complaints c JOIN staff s ON s.id = c.receiver_staff_id ORDER BY c.received_at DESC, c.id DESC LIMIT 21 OFFSET ${(pageNo - 1) * 20}`);
    figures.push({ part: 'list', name: `第 ${pageNo} 页(OFFSET,仅参考)`, raw: await timeIt(() => offset.all(), { runs, warmup }), note: '旧做法' });
    return figures;
  },
};

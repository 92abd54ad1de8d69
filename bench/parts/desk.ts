import { deskToday } from '../../electron/app/desk/deskService';
import { roomHistory } from '../../electron/app/rooms/roomHistory';
import { openStatuses } from '../../shared/domain/complaintLifecycle';
import { timeIt, timePair } from '../measure/timing';
import type { BenchPart } from '../measure/types';

/** 今日待办: seven counted lists and the open alerts, as the service reads them and by hand. */
export const deskPart: BenchPart = {
  name: 'desk',
  async run({ app, raw, runs, warmup }) {
    const now = app.ctx.clock.now();
    const endOfToday = `${now.slice(0, 10)}T23:59:59`;
    const open = openStatuses.filter((status) => status !== 'awaitingRevisit').map((status) => `'${status}'`).join(', ');
    const lists = [
      `c.status IN (${open}) AND c.due_at < @now`,
      `c.status IN (${open}) AND c.due_at >= @now AND c.due_at <= @end`,
      `c.status = 'awaitingReview'`,
      `c.id IN (SELECT complaint_id FROM deadline_extensions WHERE status = 'pending')`,
      `c.status = 'awaitingRevisit' AND c.revisit_due_at <= @end`,
      `c.id IN (SELECT complaint_id FROM work_orders WHERE status = 'issued')`,
      `c.id IN (SELECT complaint_id FROM capa_reports WHERE status = 'requested')`,
    ].map((where) => ({
      timed: where.includes('@'),
      count: raw.prepare(`SELECT count(*) FROM complaints c WHERE ${where}`).pluck(),
      rows: raw.prepare(`SELECT c.id, c.number, c.content, c.room_label, c.status, c.due_at,
        (SELECT s.name FROM work_orders w JOIN staff s ON s.id = w.assignee_staff_id WHERE w.complaint_id = c.id ORDER BY w.id DESC LIMIT 1) AS assignee,
        (SELECT name FROM staff WHERE id = c.receiver_staff_id) AS receiver
        FROM complaints c WHERE ${where} ORDER BY c.due_at, c.id LIMIT 50`),
    }));
    const alerts = raw.prepare(`SELECT a.*, c.number FROM alerts a JOIN complaints c ON c.id = a.complaint_id WHERE a.acknowledged_at IS NULL ORDER BY a.id DESC LIMIT 50`);
    const calendar = raw.prepare(`SELECT count(*) FROM calendar_overrides WHERE date >= ?`).pluck();
    const rawDesk = () => {
      const params = { now, end: endOfToday };
      const answer = lists.map((list) =>
        list.timed ? { total: list.count.get(params), items: list.rows.all(params) } : { total: list.count.get(), items: list.rows.all() },
      );
      return { answer, alerts: alerts.all(), calendar: calendar.get(now.slice(0, 4)) };
    };
    const desk = {
      part: 'desk',
      name: '今日待办(7 个计数与列表)',
      ...(await timePair(() => deskToday(app.ctx), rawDesk, { runs, warmup })),
      budget: 'query',
    };

    // A room's history: the busiest room (the skew's head) and a typical one.
    const rooms = raw.prepare('SELECT room_id, count(*) AS n FROM complaints WHERE room_id IS NOT NULL GROUP BY room_id ORDER BY n DESC').all() as { room_id: number; n: number }[];
    const history = raw.prepare('SELECT id, number, received_at, content, status FROM complaints WHERE room_id = ? ORDER BY received_at DESC, id DESC');
    const figures = [desk];
    for (const [label, room] of [['最忙的房屋', rooms[0]!], ['一般房屋', rooms[Math.floor(rooms.length / 2)]!]] as const) {
      figures.push({
        part: 'roomHistory',
        name: `房屋历史:${label}(${room.n} 条)`,
        ...(await timePair(() => roomHistory(app.ctx.db, room.room_id), () => history.all(room.room_id), { runs, warmup })),
        budget: 'query',
      });
    }
    return figures;
  },
};

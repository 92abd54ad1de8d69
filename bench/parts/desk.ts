import { deskToday } from '../../electron/app/desk/deskService';
import { roomPage } from '../../electron/app/rooms/roomService';
import { openStatuses } from '../../shared/domain/complaints/complaintLifecycle';
import { openRepairStatuses } from '../../shared/domain/repairs/repair';
import { timePair } from '../measure/timing';
import type { BenchPart } from '../measure/types';

/** 今日待办: seven counted lists, the open alerts and the declarations due, as the service reads them and by hand. */
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
    ];
    // By hand, as the service answers: the seven counts in one statement, the seven lists' first rows in another,
    // the open alerts, the declarations due and the confirmed calendar years.
    const counts = raw.prepare(`SELECT ${lists.map((where, index) => `(SELECT count(*) FROM complaints c WHERE ${where}) AS n${index}`).join(', ')}`);
    const rows = raw.prepare(
      lists
        .map(
          (where, index) => `SELECT * FROM (SELECT ${index} AS list, c.id, c.number, c.content, c.room_label, c.status, c.due_at,
        (SELECT s.name FROM work_orders w JOIN staff s ON s.id = w.assignee_staff_id WHERE w.complaint_id = c.id ORDER BY w.id DESC LIMIT 1) AS assignee,
        (SELECT name FROM staff WHERE id = c.receiver_staff_id) AS receiver
        FROM complaints c WHERE ${where} ORDER BY c.due_at, c.id LIMIT 50)`,
        )
        .join(' UNION ALL ') + ' ORDER BY list, due_at, id',
    );
    const alerts = raw.prepare(`SELECT a.*, c.number, s.name FROM alerts a JOIN complaints c ON c.id = a.complaint_id LEFT JOIN staff s ON s.id = a.acknowledged_by
      WHERE a.acknowledged_at IS NULL ORDER BY a.id DESC LIMIT 50`);
    const declarations = raw.prepare(`SELECT id, number, customer_name, room_label, document_type, period_ends_on, stub_found_at FROM loss_declarations
      WHERE status = 'reported' AND period_ends_on <= ? ORDER BY period_ends_on, id LIMIT 50`);
    const calendarYears = raw.prepare(`SELECT value FROM settings WHERE key = 'calendar.confirmedYears'`);
    const rawDesk = () => {
      const params = { now, end: endOfToday };
      return {
        counts: counts.get(params),
        rows: rows.all(params),
        alerts: alerts.all(),
        declarations: declarations.all(now.slice(0, 10)),
        calendar: calendarYears.get(),
      };
    };
    // The manager's desk: every open alert is theirs to see.
    const benchManager = { staffId: 0, name: '经理', role: 'manager' as const, departmentName: '' };
    const desk = {
      part: 'desk',
      name: '今日待办(7 个计数与列表)',
      ...(await timePair(() => deskToday(app.ctx, benchManager), rawDesk, { runs, warmup })),
      budget: 'query',
    };

    // A room's history, first page (50) and its counts by kind: the busiest room (the skew's head) and a typical one.
    // By hand: the room and its owners, one UNION ALL over the six ledgers' room indexes, one statement of counts.
    const rooms = raw.prepare('SELECT room_id, count(*) AS n FROM complaints WHERE room_id IS NOT NULL GROUP BY room_id ORDER BY n DESC').all() as { room_id: number; n: number }[];
    const roomRow = raw.prepare('SELECT * FROM rooms WHERE id = ?');
    const owners = raw.prepare('SELECT * FROM owners WHERE room_id = ? ORDER BY id');
    const revisitAt = 'coalesce(revisited_at, due_at)';
    const byRoomLabel = `room_label = (SELECT label FROM rooms WHERE id = @room) AND status != 'cancelled'`;
    const historyPage = raw.prepare(`SELECT * FROM (
        SELECT * FROM (SELECT 'complaint' AS kind, id, number, received_at AS at, content AS a, status AS b, NULL AS c FROM complaints WHERE room_id = @room ORDER BY received_at DESC, id DESC LIMIT 51)
        UNION ALL SELECT * FROM (SELECT 'repair', id, number, reported_at, content, status, reporter_name || phone FROM repairs WHERE room_id = @room ORDER BY reported_at DESC, id DESC LIMIT 51)
        UNION ALL SELECT * FROM (SELECT 'call', id, number, called_at, matter, outcome, caller_name || phone FROM calls WHERE room_id = @room ORDER BY called_at DESC, id DESC LIMIT 51)
        UNION ALL SELECT * FROM (SELECT 'inspection', i.id, i.number, i.inspected_at, i.findings, i.outcome, NULL FROM inspections i JOIN complaints c ON c.id = i.complaint_id WHERE c.room_id = @room ORDER BY i.inspected_at DESC, i.id DESC LIMIT 51)
        UNION ALL SELECT * FROM (SELECT 'revisit', id, number, ${revisitAt}, feedback, status, subject_kind || purpose || coalesce(satisfaction, '') FROM revisits WHERE ${byRoomLabel} ORDER BY ${revisitAt} DESC, id DESC LIMIT 51)
        UNION ALL SELECT * FROM (SELECT 'lossDeclaration', id, number, declared_at, customer_name || id_number, status, document_type || document_number || amount_fen || coalesce(outcome, '') FROM loss_declarations WHERE room_id = @room ORDER BY declared_at DESC, id DESC LIMIT 51)
      ) ORDER BY at DESC, id DESC LIMIT 51`);
    const quoted = (statuses: readonly string[]) => statuses.map((status) => `'${status}'`).join(', ');
    const historyCounts = raw.prepare(`SELECT
        (SELECT count(*) || ',' || coalesce(sum(status IN (${quoted(openStatuses)})), 0) FROM complaints WHERE room_id = @room),
        (SELECT count(*) || ',' || coalesce(sum(status IN (${quoted(openRepairStatuses)})), 0) FROM repairs WHERE room_id = @room),
        (SELECT count(*) || ',' || coalesce(sum(outcome = 'pending'), 0) FROM calls WHERE room_id = @room),
        (SELECT count(*) || ',' || coalesce(sum(i.outcome = 'followUp'), 0) FROM inspections i JOIN complaints c ON c.id = i.complaint_id WHERE c.room_id = @room),
        (SELECT count(*) || ',' || coalesce(sum(status = 'planned'), 0) FROM revisits WHERE ${byRoomLabel}),
        (SELECT count(*) || ',' || coalesce(sum(status = 'reported'), 0) FROM loss_declarations WHERE room_id = @room)`);
    const rawHistory = (room: number) => ({ room: roomRow.get(room), owners: owners.all(room), items: historyPage.all({ room }), counts: historyCounts.get({ room }) });
    const figures = [desk];
    for (const [label, room] of [['最忙的房屋', rooms[0]!], ['一般房屋', rooms[Math.floor(rooms.length / 2)]!]] as const) {
      figures.push({
        part: 'roomHistory',
        name: `房屋历史第一页:${label}(${room.n} 件投诉)`,
        ...(await timePair(() => roomPage(app.ctx, { id: room.room_id, pageSize: 50 }), () => rawHistory(room.room_id), { runs, warmup })),
        budget: 'query',
      });
    }
    return figures;
  },
};

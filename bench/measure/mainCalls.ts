import type { App } from '../../electron/app/openApp';
import type { ChannelInput } from '../../shared/contract/channels';
import { monthFigures } from '../../electron/app/statistics/statisticsService';

/**
 * Each part's app-side calls, as the desktop main process would make them (through the channels where the page
 * uses one), replayed `runs` times in the app worker so its peak RSS is the main process's for that part. The
 * raw statements and bare pdfmake the parts compare against are not here: they are the benchmark's, not the app's.
 * Start-up is the worker's own opening (主进程峰值内存:启动). A part joins by adding its calls under its name.
 */
export const mainProcessCalls: Record<string, (app: App, runs: number, sample: () => void) => Promise<void>> = {
  async list(app, runs, sample) {
    const caller = await supervisor(app);
    const lastYear = Number(app.ctx.clock.now().slice(0, 4));
    const room = (await app.ctx.db.selectFrom('complaints').select('room_label').where('room_id', 'is not', null).groupBy('room_id').orderBy((eb) => eb.fn.countAll(), 'desc').limit(1).offset(49).executeTakeFirst())?.room_label;
    const inputs = [
      {},
      { status: 'inProgress' },
      { status: 'archived' },
      { category: 'greening' },
      { severity: 'serious' },
      { from: `${lastYear - 2}-06-01`, to: `${lastYear - 2}-06-30` },
      ...(room ? [{ room }] : []),
    ] as const;
    for (const input of inputs) {
      for (let i = 0; i < runs; i++) {
        await listAsThePageDoes(caller, input as ChannelInput<'complaints.list'>);
        sample();
      }
    }
    // Paging forwards to page 500 the way the list page does, each page leaving the next one's cursor.
    let after: string | undefined;
    for (let page = 1; page <= 500; page++) {
      const answer = await caller.call('complaints.list', { page, ...(after ? { after } : {}) });
      sample();
      if (!answer.next) break;
      after = answer.next;
    }
  },
  async search(app, runs, sample) {
    const caller = await supervisor(app);
    for (const q of ['漏水', '渗水发霉']) {
      for (let i = 0; i < runs; i++) {
        await listAsThePageDoes(caller, { q });
        sample();
      }
    }
  },
  async desk(app, runs, sample) {
    const caller = await supervisor(app);
    const rooms = await app.ctx.db
      .selectFrom('complaints')
      .select('room_id')
      .where('room_id', 'is not', null)
      .groupBy('room_id')
      .orderBy((eb) => eb.fn.countAll(), 'desc')
      .execute();
    for (let i = 0; i < runs; i++) {
      await caller.call('desk.today', {});
      sample();
      for (const room of [rooms[0], rooms[Math.floor(rooms.length / 2)]]) {
        if (room?.room_id) await caller.call('rooms.history', { id: room.room_id });
        sample();
      }
    }
  },
  async statistics(app, runs, sample) {
    const previous = new Date(`${app.ctx.clock.now().slice(0, 7)}-01T00:00:00Z`);
    previous.setUTCMonth(previous.getUTCMonth() - 1);
    for (let i = 0; i < runs; i++) {
      await monthFigures(app.ctx, previous.toISOString().slice(0, 7));
      sample();
    }
  },
  async pdf(app, _runs, sample) {
    const caller = await supervisor(app);
    const ids = await app.ctx.db.selectFrom('complaints').select('id').where('status', '=', 'archived').orderBy('id').limit(500).execute();
    for (const { id } of ids) {
      await caller.call('complaints.print', { id });
      sample();
    }
  },
};

export async function supervisor(app: App) {
  return app.as((await app.ctx.db.selectFrom('staff').select('id').where('role', '=', 'supervisor').orderBy('id').executeTakeFirstOrThrow()).id);
}

/** A page of the list as the list page asks for it: its rows, then their summaries' key words (jieba, in this process). */
async function listAsThePageDoes(caller: Awaited<ReturnType<typeof supervisor>>, input: ChannelInput<'complaints.list'>) {
  const page = await caller.call('complaints.list', input);
  if (page.items.length > 0) await caller.call('experience.keywords', { texts: page.items.map((item) => item.contentExcerpt), limit: 3 });
}

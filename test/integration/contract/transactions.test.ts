import { sql } from 'kysely';
import { z } from 'zod';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { read, write } from '../../../shared/contract/channel';
import { defineLedger } from '../../../electron/app/ledgers/ledger';
import { shippedLedgers } from '../../../electron/app/modules/modules';
import { nextRecordNumber } from '../../../electron/app/numbering/recordNumbers';
import { appendHistory } from '../../../electron/app/history/historyRepository';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';

const probeNumbering = { prefix: 'TT', entity: 'probe' } as const;
const none = z.strictObject({});

/**
 * Channels made to misbehave, as a service written carelessly would: dispatch runs every write in one transaction
 * it opens itself, refuses a `read` channel that writes, and fails at once (instead of waiting for ever) when code
 * inside a transaction reaches for the app's own connection.
 */
const probeLedger = defineLedger({
  name: 'probes',
  label: '测试',
  numbering: [probeNumbering],
  channels: {
    'probes.writeThenFail': write<null>()(none, '写入后出错'),
    'probes.readThatWrites': read<null>()(none, '声明为只读却写入'),
    'probes.bypassTransaction': write<number>()(none, '在事务中改用应用的连接'),
  },
  handlers: (app) => ({
    'probes.writeThenFail': async (_input, actor, ctx) => {
      const number = await nextRecordNumber(ctx.db, probeNumbering, ctx.clock.now());
      await appendHistory(ctx.db, { entity: 'probe', entityId: 1, at: ctx.clock.now(), staffId: actor.staffId, action: '登记', summary: number });
      throw new Error('the step after the writes fails');
    },
    'probes.readThatWrites': async (_input, actor, ctx) => {
      await appendHistory(ctx.db, { entity: 'probe', entityId: 2, at: ctx.clock.now(), staffId: actor.staffId, action: '登记', summary: 'from a read' });
      return null;
    },
    'probes.bypassTransaction': async () => {
      const { rows } = await sql<{ n: number }>`select count(*) as n from record_history`.execute(app.db);
      return rows[0]!.n;
    },
  }),
});

describe('one transaction per write call, opened at dispatch', () => {
  let office: TestOffice;
  const probeRows = async () => (await sql<{ n: number }>`select count(*) as n from record_history where entity = 'probe'`.execute(office.app.ctx.db)).rows[0]!.n;
  const probeNumbers = async () => (await sql<{ n: number }>`select count(*) as n from record_sequences where prefix = 'TT'`.execute(office.app.ctx.db)).rows[0]!.n;
  beforeAll(async () => {
    office = await openTestOffice({ ledgers: [...shippedLedgers, probeLedger] });
  });
  afterAll(() => office.close());

  it('rolls back everything a write did when it fails, its record number included', async () => {
    const answer = await office.app.invoke('probes.writeThenFail', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal', message: expect.stringContaining('数据未做改动') } });
    expect(await probeRows()).toBe(0);
    expect(await probeNumbers()).toBe(0);
  });

  it('refuses a channel declared read that writes, and nothing is written', async () => {
    const answer = await office.app.invoke('probes.readThatWrites', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    expect(await probeRows()).toBe(0);
  });

  it('fails at once when code inside the transaction uses the app\'s connection, and the app goes on', async () => {
    const answer = await office.app.invoke('probes.bypassTransaction', {});
    expect(answer).toMatchObject({ ok: false, error: { code: 'internal' } });
    // The connection was not left waiting: the next call is answered.
    expect(await office.asClerk.call('office.get', {})).toMatchObject({ code: 'JX01' });
  });
});

describe('the ledgers\' channels', () => {
  it('are reads or writes, but for their list exports: jobs, which record a full-data export once the file is written', () => {
    const modes = new Map<string, string>();
    for (const ledger of shippedLedgers) for (const [name, channel] of Object.entries(ledger.channels)) modes.set(name, (channel as { mode: string }).mode);
    const jobs = [...modes].filter(([, mode]) => mode === 'job').map(([name]) => name);
    expect(jobs.length).toBeGreaterThan(0);
    expect(jobs.every((name) => /\.export(Queue)?$/.test(name)), jobs.join()).toBe(true);
    expect([...modes.values()].every((mode) => ['read', 'write', 'job'].includes(mode))).toBe(true);
  });
});

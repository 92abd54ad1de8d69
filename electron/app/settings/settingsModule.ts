import type { Kysely } from 'kysely';
import type { Database } from '../db/schema';
import type { Actor } from '../auth/session';
import type { AppContext } from '../context';
import { defineFeature } from '../modules/feature';
import { settingsContract } from '../../../shared/domain/settings/settingsContract';
import * as settings from './settingsService';
import * as calendar from './calendarService';
import { auditedSettingsChange } from './settingsService';
import { removeOverride, saveOverride } from './calendarRepository';

/**
 * A change to the working calendar, audited, with every open deadline it moves counted again in the same
 * transaction (a history row on each record it moved).
 */
async function calendarChange(ctx: AppContext, actor: Actor, summary: string, work: (trx: Kysely<Database>) => Promise<void>) {
  const now = ctx.clock.now();
  await auditedSettingsChange(ctx.db, actor, now, summary, (trx) => calendar.changeCalendar(trx, ctx.ledgers.workingDeadlines, actor, now, summary, work));
  return calendar.calendarStatus(ctx.db, now);
}

/** Time limits, the idle lock and the working calendar, each change audited. */
export const settingsModule = defineFeature({
  name: 'settings',
  channels: settingsContract,
  handlers: () => ({
    'settings.get': (_input, _actor, ctx) => settings.getSettings(ctx.db),
    'settings.save': async (input, actor, ctx) => {
      const saved = await auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `处理时限与锁屏:${JSON.stringify(input)}`, (trx) => settings.saveSettings(trx, input));
      ctx.session.idleLockMinutes = saved.idleLockMinutes;
      return saved;
    },
    'calendar.status': (_input, _actor, ctx) => calendar.calendarStatus(ctx.db, ctx.clock.now()),
    'calendar.saveOverride': (input, actor, ctx) =>
      calendarChange(ctx, actor, `工作日历:${input.date} 改为${input.kind === 'holiday' ? '放假' : '上班'}${input.name ? `(${input.name})` : ''}`, (trx) => saveOverride(trx, input)),
    'calendar.removeOverride': (input, actor, ctx) => calendarChange(ctx, actor, `工作日历:取消 ${input.date} 的调整`, (trx) => removeOverride(trx, input.date)),
    'calendar.confirmYear': (input, actor, ctx) =>
      calendarChange(ctx, actor, `工作日历:${input.confirmed ? '确认' : '取消确认'} ${input.year} 年节假日已录入`, (trx) => calendar.confirmYear(trx, input.year, input.confirmed)),
  }),
});

import { defineFeature } from '../modules/feature';
import { settingsContract } from '../../../shared/domain/settings/settingsContract';
import * as settings from './settingsService';
import * as calendar from './calendarService';
import { auditedSettingsChange } from './settingsService';
import { removeOverride, saveOverride } from './calendarRepository';

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
    'calendar.saveOverride': async (input, actor, ctx) => {
      await auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `工作日历:${input.date} ${input.kind === 'holiday' ? '放假' : '上班'} ${input.name ?? ''}`, (trx) => saveOverride(trx, input));
      return calendar.calendarStatus(ctx.db, ctx.clock.now());
    },
    'calendar.removeOverride': async (input, actor, ctx) => {
      await auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `工作日历:取消 ${input.date} 的调整`, (trx) => removeOverride(trx, input.date));
      return calendar.calendarStatus(ctx.db, ctx.clock.now());
    },
    'calendar.confirmYear': async (input, actor, ctx) => {
      await auditedSettingsChange(ctx.db, actor, ctx.clock.now(), `工作日历:${input.confirmed ? '确认' : '取消确认'} ${input.year} 年节假日已录入`, (trx) => calendar.confirmYear(trx, input.year, input.confirmed));
      return calendar.calendarStatus(ctx.db, ctx.clock.now());
    },
  }),
});

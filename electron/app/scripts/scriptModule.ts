import { defineFeature } from '../modules/feature';
import { scriptContract } from '../../../shared/domain/scripts/scriptContract';
import * as scripts from './serviceScriptService';
import { findScript, listScripts } from './serviceScriptRepository';
import { auditedSettingsChange } from '../settings/settingsService';

/** 话术: the service scripts, each change audited. */
export const scriptModule = defineFeature({
  name: 'scripts',
  channels: scriptContract,
  handlers: () => ({
    'scripts.list': (input, _actor, ctx) => listScripts(ctx.db, input.includeInactive),
    'scripts.save': async (input, actor, ctx) => {
      const before = input.id === undefined ? undefined : await findScript(ctx.db, input.id);
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), scripts.describeScriptChange(input, before), (trx) => scripts.saveScript(trx, input));
    },
    'scripts.move': async (input, actor, ctx) => {
      if (!(await scripts.canMoveScript(ctx.db, input))) return (await findScript(ctx.db, input.id))!;
      const script = await findScript(ctx.db, input.id);
      const summary = `话术:「${script?.title ?? input.id}」${input.direction === 'up' ? '上移' : '下移'}`;
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), summary, (trx) => scripts.moveScript(trx, input));
    },
  }),
});

import { defineFeature } from '../modules/feature';
import { experienceContract } from '../../../shared/domain/experience/experienceContract';
import { auditedSettingsChange } from '../settings/settingsService';
import { queueEveryComplaint } from '../ledgers/complaints/complaintApi';
import { toEntry } from './experienceEntries';
import { findEntry, listEntries } from './experienceRepository';
import { suggest } from './experienceSuggest';
import { describeEntryChange, resegmentEntries, saveEntry, saveLesson } from './experienceService';
import { officeSegmenter, officeWords, putOfficeWords } from './officeWords';

/** 经验库: key words and best matches for a text as it is typed, and the base supervisors keep, every change audited. */
export const experienceModule = defineFeature({
  name: 'experience',
  channels: experienceContract,
  handlers: () => ({
    'experience.suggest': (input, _actor, ctx) => suggest(ctx, input),
    'experience.keywords': async (input, _actor, ctx) => {
      const segmenter = await officeSegmenter(ctx.db);
      return input.texts.map((text) => segmenter.keywords(text, input.limit));
    },
    'experience.list': async (input, _actor, ctx) => (await listEntries(ctx.db, { kind: input.kind ?? null, includeInactive: input.includeInactive })).map(toEntry),
    'experience.save': async (input, actor, ctx) => {
      const before = input.id === undefined ? undefined : await findEntry(ctx.db, input.id);
      const kind = before?.kind === 'lesson' ? '经验总结' : '标准处理流程';
      const summary = describeEntryChange(input, before && toEntry(before), kind);
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), summary, (trx) => saveEntry(trx, input, actor.staffId, ctx.clock.now()));
    },
    'experience.saveLesson': async (input, actor, ctx) => {
      const summary = `经验库:经验总结「${input.title}」(投诉 ${input.complaintId}):${input.text}`;
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), summary, (trx) => saveLesson(trx, input, actor.staffId, ctx.clock.now()));
    },
    'experience.words': (_input, _actor, ctx) => officeWords(ctx.db),
    'experience.saveWords': async (input, actor, ctx) => {
      const summary = `经验库:本处词典改为 ${input.words.join('、') || '(空)'}`;
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), summary, async (trx) => {
        await putOfficeWords(trx, input.words);
        await resegmentEntries(trx);
        await queueEveryComplaint(trx);
        return input.words;
      });
    },
  }),
});

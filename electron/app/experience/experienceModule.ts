import { defineFeature } from '../modules/feature';
import { experienceContract } from '../../../shared/domain/experience/experienceContract';
import { auditedSettingsChange } from '../settings/settingsService';
import { queueEveryComplaint } from '../ledgers/complaints/complaintApi';
import { toEntry } from './experienceEntries';
import { findEntry, listEntries } from './experienceRepository';
import { suggest } from './experienceSuggest';
import { describeEntryChange, resegmentEntries, saveEntry, saveLesson } from './experienceService';
import { officeSegmenter, officeWords, putOfficeWords } from './officeWords';
import { experienceWorkbook, importWorkbook } from './experienceWorkbook';
import { deliverFile } from '../exports/deliverFile';
import { listDepartments } from '../office/officeRepository';

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
    'experience.export': async (_input, _actor, ctx) => {
      const entries = (await listEntries(ctx.db, { includeInactive: true })).map(toEntry);
      return deliverFile(ctx, `经验库-${ctx.clock.now().slice(0, 10)}.xlsx`, await experienceWorkbook(entries));
    },
    'experience.import': async (input, actor, ctx) => {
      const departments = await listDepartments(ctx.db);
      const content = Buffer.from(input.contentBase64, 'base64');
      const report = await importWorkbook(ctx.db, content, departments, actor.staffId, ctx.clock.now());
      const summary = `经验库:导入 ${input.fileName},新增 ${report.added} 条,修改 ${report.updated} 条,未变 ${report.unchanged} 条`;
      return auditedSettingsChange(ctx.db, actor, ctx.clock.now(), summary, async () => report);
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

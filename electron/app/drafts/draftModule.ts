import { defineFeature } from '../modules/feature';
import { draftContract } from '../../../shared/domain/drafts/draftContract';
import type { Draft } from '../../../shared/domain/drafts/draft';
import { deleteDraft, findDraft, upsertDraft } from './draftRepository';

/**
 * Drafts: each person's half-typed entry forms, kept in the database so that a click elsewhere, the screen lock or
 * a restart loses nothing. Only the person who typed it gets it back; saving the record throws it away.
 */
export const draftModule = defineFeature({
  name: 'drafts',
  channels: draftContract,
  handlers: () => ({
    'drafts.get': async (input, actor, ctx) => {
      const row = await findDraft(ctx.db, actor.staffId, input.form);
      return row ? ({ form: input.form, values: JSON.parse(row.draft_values) as Draft['values'], savedAt: row.saved_at } satisfies Draft) : null;
    },
    'drafts.save': async (input, actor, ctx) => {
      const savedAt = ctx.clock.now();
      await upsertDraft(ctx.db, { staff_id: actor.staffId, form: input.form, draft_values: JSON.stringify(input.values), saved_at: savedAt });
      return { savedAt };
    },
    'drafts.discard': async (input, actor, ctx) => {
      await deleteDraft(ctx.db, actor.staffId, input.form);
      return null;
    },
  }),
});

import { defineFeature } from '../modules/feature';
import { deskContract } from '../../../shared/domain/desk/deskContract';
import { acknowledgeAlert, deskToday } from './deskService';

/** The 今日待办 page and the manager's alerts. */
export const deskModule = defineFeature({
  name: 'desk',
  channels: deskContract,
  handlers: () => ({
    'desk.today': (_input, _actor, ctx) => deskToday(ctx),
    'alerts.acknowledge': (input, actor, ctx) => acknowledgeAlert(ctx, actor, input.id),
  }),
});

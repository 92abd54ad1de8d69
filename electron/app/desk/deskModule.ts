import { defineFeature } from '../modules/feature';
import { deskContract } from '../../../shared/domain/desk/deskContract';
import { acknowledgeAlert, acknowledgeAllAlerts, deskToday } from './deskService';

/** The 今日待办 page and the manager's alerts. */
export const deskModule = defineFeature({
  name: 'desk',
  channels: deskContract,
  handlers: () => ({
    'desk.today': (_input, actor, ctx) => deskToday(ctx, actor),
    'alerts.acknowledge': (input, actor, ctx) => acknowledgeAlert(ctx, actor, input.id),
    'alerts.acknowledgeAll': (input, actor, ctx) => acknowledgeAllAlerts(ctx, actor, input.upToId),
  }),
});

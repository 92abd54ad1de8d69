import { defineFeature } from '../modules/feature';
import { authContract } from '../../../shared/domain/auth/authContract';
import * as auth from './authService';

/** Sign-in at the shared desk PC and passwords. */
export const authModule = defineFeature({
  name: 'auth',
  channels: authContract,
  handlers: () => ({
    'auth.status': (_input, _actor, ctx) => auth.authStatus(ctx),
    'auth.setup': (input, _actor, ctx) => auth.setUpFirstManager(ctx, input),
    'auth.signIn': (input, _actor, ctx) => auth.signIn(ctx, input),
    'auth.signOut': async (_input, _actor, ctx) => (ctx.session.signOut(), null),
    'auth.lock': async (_input, _actor, ctx) => (ctx.session.lock(), null),
    'auth.changePassword': (input, actor, ctx) => auth.changeOwnPassword(ctx, actor, input),
    'staff.setPassword': (input, actor, ctx) => auth.setStaffPassword(ctx, actor, input),
  }),
});

import type { z } from 'zod';
import type { Channel, ChannelGroup } from '../../../shared/contract/channel';
import type { AppContext } from '../context';
import type { Actor } from '../auth/session';

type OutputOf<C> = C extends Channel<z.ZodType, infer O> ? O : never;

/**
 * A channel's handler: its input parsed by the channel's schema, the permitted actor (null only on a public
 * channel) and the call's context. On a `write` channel `ctx.db` is the call's transaction, opened by dispatch and
 * committed when the handler returns; the handler and the services under it never open one of their own.
 */
export type Handler<C extends Channel> = (
  input: z.output<C['input']>,
  actor: C['access'] extends 'public' ? Actor | null : Actor,
  ctx: AppContext,
) => Promise<OutputOf<C>>;

export type HandlersOf<G extends ChannelGroup> = { [K in keyof G]: Handler<G[K]> };

/** A part of the app that is not a ledger (sign-in, settings, archives…): its channels and their handlers. */
export interface Feature<G extends ChannelGroup = ChannelGroup> {
  name: string;
  channels: G;
  /** Made once per opened app: a feature that keeps state between calls (background jobs) keeps it here. */
  handlers(app: AppContext): HandlersOf<G>;
}

export function defineFeature<G extends ChannelGroup>(feature: Feature<G>): Feature<G> {
  return feature;
}

import type { z } from 'zod';
import type { Access } from '../domain/access';
import type { ChannelFolder } from '../domain/dataFolder';

/**
 * How dispatch runs a channel: `read` on the connection, refused if it writes; `write` in one BEGIN IMMEDIATE
 * transaction opened before the handler and committed after it; `job` on the connection for work that commits in
 * steps of its own (background exports and imports, backups), never holding a transaction across the call.
 */
export type ChannelMode = 'read' | 'write' | 'job';

/** Every flag of a channel lives in its declaration. */
export interface ChannelFlags<A extends Access = Access> {
  /** Who may call it; any signed-in staff member unless said, sign-in itself is `public`. */
  access?: A;
  /** A read a page repeats on its own (the desk refreshes every minute): it does not keep an idle desk unlocked. */
  passive?: boolean;
  /** The kind of data folder it works on; an office's unless said. Dispatch refuses it on the other kind. */
  folder?: ChannelFolder;
  /**
   * A write that need not wait for the day's integrity check of the data file (every other write and job waits,
   * and is refused if the file is damaged): signing in to see the records, choosing the backup that replaces it.
   */
  beforeCheck?: boolean;
}

/**
 * One IPC channel: its zod input schema, its flags and, as a type only, its output.
 * `_output` never exists at run time; it carries the output type to the client and the handlers.
 */
export interface Channel<Input extends z.ZodType = z.ZodType, Output = unknown, A extends Access = Access> {
  input: Input;
  summary: string;
  mode: ChannelMode;
  access: A;
  passive: boolean;
  folder: ChannelFolder;
  beforeCheck: boolean;
  readonly _output?: Output;
}

/** A group of channels, keyed by name (`ledger.action`). */
export type ChannelGroup = Record<string, Channel>;

function declare(mode: ChannelMode) {
  return <Output>() =>
    <Input extends z.ZodType, A extends Access = 'staff'>(input: Input, summary: string, flags: ChannelFlags<A> = {}): Channel<Input, Output, A> => ({
      input,
      summary,
      mode,
      access: flags.access ?? ('staff' as A),
      passive: flags.passive ?? false,
      folder: flags.folder ?? 'office',
      beforeCheck: flags.beforeCheck ?? false,
    });
}

/** A channel that only reads. */
export const read = declare('read');
/** A channel that changes records: one transaction around the whole call. */
export const write = declare('write');
/** A channel that starts or steers long work committing in its own steps. */
export const job = declare('job');

type Intersect<U> = (U extends unknown ? (whole: U) => void : never) extends (whole: infer I) => void ? I : never;

/** The groups as one contract; a channel name declared twice is refused, wherever the two declarations are. */
export function mergeChannels<Groups extends readonly ChannelGroup[]>(...groups: Groups): Intersect<Groups[number]> {
  const merged: ChannelGroup = {};
  for (const group of groups) {
    for (const [name, declared] of Object.entries(group)) {
      if (Object.hasOwn(merged, name)) throw new Error(`channel ${name} is declared twice`);
      merged[name] = declared;
    }
  }
  return merged as Intersect<Groups[number]>;
}

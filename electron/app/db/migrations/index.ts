import type { Kysely } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_lifecycle';
import * as m0009 from './0009_statistics';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** Registered statically: a bundled app has no migrations folder to scan. Append only. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_init', up: m0001.up },
  { version: 2, name: '0002_lifecycle', up: m0002.up },
  { version: 9, name: '0009_statistics', up: m0009.up },
];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

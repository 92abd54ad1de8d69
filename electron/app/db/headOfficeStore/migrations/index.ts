import type { Kysely } from 'kysely';
import * as m0001 from './0001_office_keyed';

export interface StoreMigration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** The head-office store's migrations, in order; the same list on SQLite and PostgreSQL. */
export const storeMigrations: readonly StoreMigration[] = [{ version: 1, name: '0001_office_keyed', up: m0001.up }];

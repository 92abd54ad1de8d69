import type { Kysely } from 'kysely';
import * as m0001 from './0001_init';
import * as m0002 from './0002_lifecycle';
import * as m0003 from './0003_repairs_calls';
import * as m0004 from './0004_revisits';
import * as m0005 from './0005_inspections_scripts';
import * as m0006 from './0006_loss_declarations';
import * as m0007 from './0007_list_indexes_search';
import * as m0008 from './0008_head_office';
import * as m0009 from './0009_statistics';
import * as m0010 from './0010_head_office_mode';
import * as m0011 from './0011_room_history_indexes';
import * as m0012 from './0012_data_imports';
import * as m0013 from './0013_procedure_rules';
import * as m0014 from './0014_paper_blanks';
import * as m0015 from './0015_experience_base';
import * as m0016 from './0016_integrity';
import * as m0017 from './0017_request_answers_drafts';
import * as m0018 from './0018_head_office_store';
import * as m0019 from './0019_desk_indexes';

export interface Migration {
  version: number;
  name: string;
  up(db: Kysely<any>): Promise<void>;
}

/** Registered statically: a bundled app has no migrations folder to scan. Append only. */
export const migrations: readonly Migration[] = [
  { version: 1, name: '0001_init', up: m0001.up },
  { version: 2, name: '0002_lifecycle', up: m0002.up },
  { version: 3, name: '0003_repairs_calls', up: m0003.up },
  { version: 4, name: '0004_revisits', up: m0004.up },
  { version: 5, name: '0005_inspections_scripts', up: m0005.up },
  { version: 6, name: '0006_loss_declarations', up: m0006.up },
  { version: 7, name: '0007_list_indexes_search', up: m0007.up },
  { version: 8, name: '0008_head_office', up: m0008.up },
  { version: 9, name: '0009_statistics', up: m0009.up },
  { version: 10, name: '0010_head_office_mode', up: m0010.up },
  { version: 11, name: '0011_room_history_indexes', up: m0011.up },
  { version: 12, name: '0012_data_imports', up: m0012.up },
  { version: 13, name: '0013_procedure_rules', up: m0013.up },
  { version: 14, name: '0014_paper_blanks', up: m0014.up },
  { version: 15, name: '0015_experience_base', up: m0015.up },
  { version: 16, name: '0016_integrity', up: m0016.up },
  { version: 17, name: '0017_request_answers_drafts', up: m0017.up },
  { version: 18, name: '0018_head_office_store', up: m0018.up },
  { version: 19, name: '0019_desk_indexes', up: m0019.up },
];

export const latestSchemaVersion = migrations[migrations.length - 1]!.version;

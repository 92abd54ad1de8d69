import type { AppContext } from './context';
import type { ChannelName, ChannelOutput, ParsedInput } from '../../shared/contract/channels';
import { schemaVersion } from './db/migrate';
import * as office from './office/officeService';
import { findOffice, listBuildings, listDepartments, listStaff } from './office/officeRepository';
import * as complaints from './ledgers/complaints/complaintService';
import { printComplaintForm } from './forms/printService';

export type Handlers = {
  [K in ChannelName]: (input: ParsedInput<K>) => Promise<ChannelOutput<K>>;
};

/** Contract channel → service call. Inputs arrive parsed; the services enforce the domain's rules. */
export function createHandlers(ctx: AppContext): Handlers {
  const { db, clock } = ctx;
  return {
    'app.info': async () => ({
      version: ctx.version,
      schemaVersion: await schemaVersion(db),
      dataDir: ctx.dataDir,
      databaseFile: ctx.databaseFile,
    }),
    'fonts.coverage': async () => {
      const fonts = ctx.printFonts();
      return { family: fonts.family, license: fonts.license, ranges: fonts.coverage };
    },

    'office.get': () => findOffice(db),
    'office.save': (input) => office.saveOffice(db, input),
    'departments.list': () => listDepartments(db),
    'departments.save': (input) => office.saveDepartment(db, input),
    'staff.list': () => listStaff(db),
    'staff.save': (input) => office.saveStaff(db, input),
    'rooms.buildings': () => listBuildings(db),
    'rooms.list': (input) => office.listRooms(db, input),
    'rooms.lookup': (input) => office.lookupRooms(db, input),
    'rooms.save': (input) => office.saveRoom(db, input),

    'complaints.create': (input) => complaints.createComplaint(db, clock, input),
    'complaints.list': (input) => complaints.listComplaints(db, input),
    'complaints.get': (input) => complaints.getComplaint(db, input.id),
    'complaints.print': (input) => printComplaintForm(ctx, input.id),
  };
}

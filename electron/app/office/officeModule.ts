import { defineFeature } from '../modules/feature';
import { officeContract } from '../../../shared/domain/office/officeContract';
import * as office from './officeService';
import { findOffice, listDepartments, listStaff } from './officeRepository';

/** The office, its departments and staff. */
export const officeModule = defineFeature({
  name: 'office',
  channels: officeContract,
  handlers: () => ({
    'office.get': (_input, _actor, ctx) => findOffice(ctx.db),
    'office.save': (input, _actor, ctx) => office.saveOffice(ctx.db, input, ctx.clock.now()),
    'departments.list': (_input, _actor, ctx) => listDepartments(ctx.db),
    'departments.save': (input, _actor, ctx) => office.saveDepartment(ctx.db, input),
    'staff.list': (_input, _actor, ctx) => listStaff(ctx.db),
    'staff.save': (input, actor, ctx) => office.saveStaff(ctx.db, actor, ctx.clock.now(), input),
  }),
});

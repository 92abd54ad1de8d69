import type { App, Caller } from '../openApp';
import type { SettableClock } from '../clock';
import { complaintCategoryKeys, complaintChannelKeys, referralSources } from '../../../shared/domain/complaints/complaint';
import type { StaffRole } from '../../../shared/domain/office/office';
import type { Room } from '../../../shared/domain/office/officeRecords';
import { complaintTexts, givenNames, surnames, targetDescriptions } from './demoText';
import { advanceComplaint, type DemoStaff } from './demoProcess';

/** Every demo clerk signs in with this PIN (printed by `npm run seed:demo`). */
export const demoPassword = '1234';
/** Supervisors and the manager need a secret stronger than a PIN (shared/domain/access.ts). */
export const demoSupervisorPassword = 'demo-1234';

/** A small deterministic PRNG (mulberry32), so the same seed always builds the same office. */
function random(seed: number) {
  let state = seed >>> 0;
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  return {
    next,
    int: (min: number, max: number) => min + Math.floor(next() * (max - min + 1)),
    pick: <T>(list: readonly T[]): T => list[Math.floor(next() * list.length)]!,
  };
}

export interface DemoOptions {
  seed?: number;
  buildings?: number;
  months?: number;
  complaintsPerMonth?: number;
  onProgress?(done: number, total: number): void;
}

export type Random = ReturnType<typeof random>;

export interface DemoSummary {
  rooms: number;
  owners: number;
  staff: number;
  complaints: number;
  managerName: string;
}

/**
 * Fill an empty office with a realistic one: several buildings, a few hundred owners, staff in every
 * department, and the months before now of complaints entered through the contract like a clerk would.
 * `clock` is the app's own: it is moved so each record is numbered in the month it was received, then let go.
 */
export async function buildDemoOffice(app: App, clock: SettableClock, options: DemoOptions = {}): Promise<DemoSummary> {
  try {
    return await fillOffice(app, clock, options);
  } finally {
    clock.set(null);
  }
}

async function fillOffice(app: App, clock: SettableClock, options: DemoOptions): Promise<DemoSummary> {
  const now = clock.now();
  const rng = random(options.seed ?? 20261123);
  const personName = () => rng.pick(surnames) + rng.pick(givenNames);
  const mobile = () => `1${rng.pick(['35', '38', '39', '58', '86', '88'])}${String(rng.int(0, 99_999_999)).padStart(8, '0')}`;

  const managerName = personName();
  // Creating the first manager also signs them in, so the desk is left open as the manager: callers sign out.
  const manager = await app.call('auth.setup', { name: managerName, password: demoSupervisorPassword });
  const call: Caller['call'] = app.as(manager.staff.staffId).call;
  await call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
  const departments = await call('departments.list', {});
  const staffPlan: Array<[string, StaffRole, number]> = [
    ['客户服务部', 'supervisor', 1], ['客户服务部', 'clerk', 3],
    ['工程部', 'supervisor', 1], ['工程部', 'clerk', 2], ['秩序维护部', 'supervisor', 1], ['保洁部', 'supervisor', 1],
  ];
  const team: DemoStaff = { managerId: manager.staff.staffId, clerks: [], supervisors: [], engineers: [] };
  let staffCount = 1;
  for (const [prefix, role, count] of staffPlan) {
    const department = departments.find((candidate) => candidate.name.startsWith(prefix))!;
    for (let index = 0; index < count; index += 1) {
      const staff = await call('staff.save', { name: personName(), departmentId: department.id, role, phone: mobile() });
      await call('staff.setPassword', { staffId: staff.id, password: role === 'clerk' ? demoPassword : demoSupervisorPassword });
      staffCount += 1;
      if (department.name === '客户服务部') (role === 'clerk' ? team.clerks : team.supervisors).push(staff.id);
      else team.engineers.push({ id: staff.id, departmentId: department.id });
    }
  }

  const rooms: Room[] = [];
  let owners = 0;
  for (let building = 1; building <= (options.buildings ?? 6); building += 1) {
    for (let unit = 1; unit <= 2; unit += 1) {
      for (let floor = 2; floor <= 18; floor += 1) {
        for (let door = 1; door <= 2; door += 1) {
          const ownerCount = rng.next() < 0.25 ? 2 : rng.next() < 0.1 ? 0 : 1;
          const roomOwners = Array.from({ length: ownerCount }, () => ({ name: personName(), phone: mobile() }));
          owners += ownerCount;
          rooms.push(
            await call('rooms.save', { building: String(building), unit: String(unit), roomNo: `${floor}0${door}`, owners: roomOwners }),
          );
        }
      }
    }
  }

  // A few rooms complain far more than the rest, as in real offices.
  const frequentRooms = Array.from({ length: 8 }, () => rng.pick(rooms));
  const months = options.months ?? 4;
  const perMonth = options.complaintsPerMonth ?? 60;
  const total = months * perMonth;
  const start = new Date(`${now}Z`).getTime() - months * 30 * 86_400_000;
  const times = Array.from({ length: total }, () => start + rng.next() * (months * 30 * 86_400_000 - 3_600_000)).sort((a, b) => a - b);
  let done = 0;
  for (const time of times) {
    const receivedAt = new Date(time).toISOString().slice(0, 16);
    const enteredAt = time + rng.int(2, 20) * 60_000;
    clock.set(new Date(enteredAt).toISOString().slice(0, 19));
    const category = rng.pick(complaintCategoryKeys);
    const text = rng.pick(complaintTexts[category]);
    const room = rng.next() < 0.3 ? rng.pick(frequentRooms) : rng.pick(rooms);
    const owner = room.owners[0];
    const channel = rng.next() < 0.6 ? 'phone' : rng.pick(complaintChannelKeys);
    const anonymous = channel === 'anonymous' || !owner;
    const complaint = await app.as(rng.pick(team.clerks)).call('complaints.create', {
      anonymous,
      complainantName: anonymous ? null : owner.name,
      phone: anonymous ? null : owner.phone,
      roomId: room.id,
      receivedAt,
      channel,
      referralSource: channel === 'referral' ? rng.pick(referralSources) : null,
      targetDepartmentId: rng.pick(departments.slice(0, 6)).id,
      targetDescription: rng.pick(targetDescriptions),
      content: text.content,
      demand: text.demand,
      category,
      severity: rng.next() < 0.15 ? 'minor' : rng.next() < 0.85 ? 'general' : rng.pick(['major', 'serious'] as const),
      urgent: rng.next() < 0.05,
    });
    await advanceComplaint(app, clock, rng, team, complaint, enteredAt, Date.parse(`${now}Z`));
    done += 1;
    options.onProgress?.(done, total);
  }
  return { rooms: rooms.length, owners, staff: staffCount, complaints: total, managerName };
}

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { openApp, type App, type Caller, type OpenAppOptions } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { signingKeyFingerprint } from '../../electron/app/archive/officeSigningKey';
import type { ChannelInput } from '../../shared/contract/channels';
import type { Department, Staff, Room } from '../../shared/domain/office/officeRecords';
import type { DataFolderKind } from '../../shared/domain/dataFolder';

export function tempDataDir(prefix = 'taizhang-test-'): { dir: string; remove(): void } {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** The first manager every test app starts with, signed in at the desk so `app.call` acts as them. */
export const testManager = { name: '林经理', password: 'manager-pass' };
export const staffPassword = 'staff-pass';

export interface EmptyApp {
  app: App;
  dataDir: string;
  /** Close the app and open the same folder again, as the next day's start would (clock 2026-11-24 08:00). */
  reopen(): Promise<App>;
  close(): Promise<void>;
}

/**
 * A real app on a new temporary data folder; the clock stands at 2026-11-23 10:00. The first manager account
 * exists and is signed in, unless `signedIn` is false (the first start itself).
 */
export async function openEmptyApp(options: Partial<OpenAppOptions> & { signedIn?: boolean; folderKind?: DataFolderKind } = {}): Promise<EmptyApp> {
  const data = tempDataDir();
  const { signedIn = true, folderKind = 'office', ...openOptions } = options;
  const app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-23T10:00:00'), ...openOptions });
  if (signedIn) await app.call('auth.setup', { ...testManager, folderKind });
  const handle: EmptyApp = {
    app,
    dataDir: data.dir,
    async reopen() {
      await handle.app.close();
      handle.app = await openApp({ dataDir: data.dir, clock: fixedClock('2026-11-24T08:00:00'), ...openOptions });
      const manager = (await handle.app.call('auth.status', {})).accounts.find((account) => account.name === testManager.name);
      if (manager) await handle.app.call('auth.signIn', { staffId: manager.staffId, password: testManager.password });
      return handle.app;
    },
    async close() {
      await handle.app.close();
      data.remove();
    },
  };
  return handle;
}

/** A head-office data folder (first start chose 这台电脑用于总部汇总), its first manager signed in. */
export function openHeadOffice(options: Partial<OpenAppOptions> & { signedIn?: boolean } = {}): Promise<EmptyApp> {
  return openEmptyApp({ ...options, folderKind: 'headOffice' });
}

export interface TestOffice {
  /** Signed in as the manager. */
  app: App;
  dataDir: string;
  clerk: Staff;
  supervisor: Staff;
  /** 工程部's own worker (部门员工): investigates and repairs, the desk and the supervisor check the work. */
  worker: Staff;
  /** The app as the clerk, the supervisor and the worker (trusted in-process callers with their roles). */
  asClerk: Caller;
  asSupervisor: Caller;
  asWorker: Caller;
  engineering: Department;
  room: Room;
  close(): Promise<void>;
}

/** A real app on a real temporary SQLite file, with an office, a manager, a clerk, a supervisor and one room with an owner. */
export async function openTestOffice(options: Partial<OpenAppOptions> = {}): Promise<TestOffice> {
  const { app, dataDir, close } = await openEmptyApp(options);
  await app.call('office.save', { name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' });
  const departments = await app.call('departments.list', {});
  const service = departments.find((department) => department.name === '客户服务部')!;
  const engineering = departments.find((department) => department.name.startsWith('工程部'))!;
  const clerk = await app.call('staff.save', { name: '王堃', departmentId: service.id, role: 'clerk', phone: '13800138000' });
  const supervisor = await app.call('staff.save', { name: '周珺', departmentId: service.id, role: 'supervisor' });
  const worker = await app.call('staff.save', { name: '李犇', departmentId: engineering.id, role: 'departmentStaff', phone: '13700137000' });
  for (const staff of [clerk, supervisor, worker]) await app.call('staff.setPassword', { staffId: staff.id, password: staffPassword });
  const room = await app.call('rooms.save', {
    building: '3',
    unit: '1',
    roomNo: '1502',
    owners: [{ name: '陈喆', phone: '13912345678' }],
  });
  const office: TestOffice = {
    app,
    dataDir,
    clerk,
    supervisor,
    worker,
    asClerk: app.as(clerk.id),
    asSupervisor: app.as(supervisor.id),
    asWorker: app.as(worker.id),
    engineering,
    room,
    // Tests reopen the folder by assigning office.app: the app open now is closed too, before the folder goes.
    close: async () => {
      await office.app.close();
      await close();
    },
  };
  return office;
}

/** A valid complaint intake; override what the test is about. */
export function complaintIntake(office: TestOffice, overrides: Partial<ChannelInput<'complaints.create'>> = {}): ChannelInput<'complaints.create'> {
  return {
    complainantName: '陈喆',
    roomId: office.room.id,
    phone: '13912345678',
    receivedAt: '2026-11-23T09:30',
    channel: 'phone',
    targetDepartmentId: office.engineering.id,
    content: '楼上卫生间漏水,天花板渗水,已持续三天。',
    demand: '尽快上门维修并查明原因',
    category: 'maintenance',
    severity: 'general',
    ...overrides,
  };
}

/** The office's signing key as head office confirms it by phone before its first archive is imported. */
export async function confirmedKey(office: { app: App }): Promise<{ confirmedKeys: string[] }> {
  return { confirmedKeys: [(await signingKeyFingerprint(office.app.ctx.db))!] };
}

import { join } from 'node:path';
import BetterSqlite3 from 'better-sqlite3';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import { channels } from '../../../shared/contract/channels';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { steps, tinyPdf } from '../../helpers/lifecycle';
import { repairIntake } from '../../helpers/repairs';
import { agentIdNumber, lossIntake } from '../../helpers/lossDeclaration';
import { schemaLeaves } from '../../helpers/schemaWalk';
import { placeText } from '../../../shared/domain/roomPlace';
import { inTransaction } from '../../../electron/app/db/transaction';
import { appendHistory } from '../../../electron/app/history/historyRepository';

/**
 * Every text field of the channels that store what the office types, walked from their zod schemas: text that
 * needs normalising (NFD accents, compatibility forms) and text beyond the BMP is stored NFC, read back as it was
 * stored, and the history still verifies; a lone surrogate in any of them is refused and changes nothing.
 */
type Input = Record<string, unknown>;
/** A valid input of the channel, using the field `field` (a room typed rather than chosen, an agent present…). */
type Factory = (office: TestOffice, field?: string) => Promise<Input>;

let serial = 0;
const roomNo = () => `9${String((serial += 1)).padStart(3, '0')}`;
const newComplaint = async (office: TestOffice) => (await office.asClerk.call('complaints.create', complaintIntake(office))).id;

const bases: Record<string, Factory> = {
  'office.save': async () => ({ name: '锦绣花园管理处', companyName: '安居物业服务有限公司', code: 'JX01' }),
  'departments.save': async () => ({ name: `部门${(serial += 1)}` }),
  'staff.save': async (office) => ({ name: `员工${(serial += 1)}`, departmentId: office.engineering.id, role: 'clerk', phone: null }),
  'rooms.save': async () => ({ building: '8', unit: '2', roomNo: roomNo(), owners: [{ name: '陈喆', phone: null }], note: null }),
  'calendar.saveOverride': async () => ({ date: `2027-01-${String((serial % 28) + 1).padStart(2, '0')}`, kind: 'workday', name: '调休' }),
  'scripts.save': async () => ({ situation: 'greeting', title: `问候${(serial += 1)}`, text: '您好,物业服务中心。' }),
  'complaints.create': async (office, field) => ({
    ...complaintIntake(office, field === 'roomText' ? { roomId: null } : {}),
    ...(field === 'referralSource' && { channel: 'referral', referralSource: '消协' }),
  }),
  'complaints.dispatch': async (office) => ({ ...steps.dispatch(office, await newComplaint(office)), instructions: '尽快' }),
  'complaints.recordHandling': async (office) => {
    const id = await newComplaint(office);
    await office.asClerk.call('complaints.dispatch', steps.dispatch(office, id));
    return steps.handling(office, id);
  },
  'complaints.void': async (office) => ({ id: await newComplaint(office), reason: '重复登记' }),
  'complaints.attachSignedScan': async (office) => {
    const id = await newComplaint(office);
    await office.asClerk.call('complaints.print', { id });
    return { id, fileName: '签字件.pdf', contentBase64: tinyPdf.toString('base64') };
  },
  'repairs.create': async (office, field) => ({ ...repairIntake(office, field === 'roomText' ? { roomId: null } : {}) }),
  'calls.create': async () => ({ callerName: '陈喆', matter: '咨询停车' }),
  'inspections.create': async (office) => ({
    complaintId: await newComplaint(office),
    inspectedAt: '2026-11-23T09:40',
    place: '3 栋 1 单元',
    inspectorStaffId: office.clerk.id,
    findings: '属实',
    followUp: null,
    outcome: 'resolved',
  }),
  'lossDeclarations.create': async (office, field) => ({
    ...lossIntake(office, field === 'roomText' ? { roomId: null } : {}),
    ...(field === 'purposeOther' && { purpose: 'other' }),
    ...(field?.startsWith('agent') && { byAgent: true, agentName: '李犇', agentIdNumber: agentIdNumber }),
  }),
};

/** The channel's text fields, where its base input can hold them (a union's other branch is left out). */
function textPaths(channel: string, base: Input): (string | number)[][] {
  return schemaLeaves(channels[channel as keyof typeof channels].input)
    .filter((leaf) => leaf.type === 'string')
    .map((leaf) => leaf.path)
    .filter((path) => path.slice(0, -1).every((_, depth) => typeof get(base, path.slice(0, depth + 1)) === 'object'));
}

function get(input: unknown, path: (string | number)[]): unknown {
  return path.reduce<unknown>((value, part) => (value as Record<string | number, unknown> | undefined)?.[part], input);
}

function withText(base: Input, path: (string | number)[], text: string): Input {
  const copy = structuredClone(base);
  let target = copy as Record<string | number, unknown>;
  for (const part of path.slice(0, -1)) target = target[part] as Record<string | number, unknown>;
  target[path.at(-1)!] = text;
  return copy;
}

/** Every text cell of every table. */
function storedTexts(file: string): string[] {
  const raw = new BetterSqlite3(file, { readonly: true });
  try {
    const tables = raw.prepare("select name from sqlite_master where type = 'table' and name not like 'sqlite_%' and name not like '%search%'").pluck().all() as string[];
    return tables.flatMap((table) =>
      (raw.prepare(`select * from "${table}"`).raw().all() as unknown[][]).flatMap((row) => row.filter((cell): cell is string => typeof cell === 'string')),
    );
  } finally {
    raw.close();
  }
}

describe('every text field, through the database and the verify', () => {
  let office: TestOffice;
  let file: string;
  const stored: string[] = [];
  const refusedAsText: string[] = [];

  beforeAll(async () => {
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
  });
  afterAll(() => office.close());

  it('stores each text NFC-normalised and the history still verifies', async () => {
    for (const [channel, base] of Object.entries(bases)) {
      for (const path of textPaths(channel, await base(office))) {
        const where = `${channel} ${path.join('.')}`;
        // Short enough for every field; a decomposed accent, a compatibility Ångström, CJK Extension B and an emoji.
        const marker = `e\u0301\u212b𠮷${(serial += 1)}😀`;
        // A room typed without a registered room must say which kind of place it is (issue 18).
        const text = path.at(-1) === 'roomText' ? placeText('unregistered', marker) : marker;
        const answer = await office.app.invoke(channel, withText(await base(office, String(path.at(-1))), path, text));
        // Checked at once: a later call may overwrite it (the office's one row).
        if (answer.ok && !/contentBase64|password/.test(where)) expect(storedTexts(file).some((text) => text.includes(marker.normalize('NFC'))), where).toBe(true);
        if (answer.ok) stored.push(where);
        // A field with a pattern (a phone, a date, a code) may refuse the text; it must say so in Chinese.
        else refusedAsText.push(`${where}: ${answer.error.message}`);
      }
    }
    expect(stored.length).toBeGreaterThan(40);
    for (const message of refusedAsText) expect(message).toMatch(/: 「[^A-Za-z」]+」/);
    const texts = storedTexts(file);
    expect(texts.filter((text) => !text.isWellFormed() || text !== text.normalize('NFC'))).toEqual([]);
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [] });
  });

  it('refuses a lone surrogate in any of them and writes nothing', async () => {
    for (const [channel, base] of Object.entries(bases)) {
      const input = await base(office);
      for (const path of textPaths(channel, input)) {
        const before = storedTexts(file).length;
        const answer = await office.app.invoke(channel, withText(input, path, '单\ud83d独'));
        expect(answer, `${channel} ${path.join('.')}`).toMatchObject({ ok: false, error: { code: 'invalid_input', field: path.join('.') } });
        expect(storedTexts(file).length).toBe(before);
      }
    }
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true });
  });

  it('seals a history row over exactly what is stored, even when a text from outside was not well-formed', async () => {
    // A name from the OS or an archive reaching a summary: stored and sealed as U+FFFD, so the chain still verifies.
    await inTransaction(office.app.ctx.db, (trx) =>
      appendHistory(trx, { entity: 'archive', entityId: 0, at: '2026-11-23T10:00:00', staffId: null, action: '导入归档', summary: '导入 扫描\udc80件.pdf', reason: '\ud800' }),
    );
    const row = await office.app.ctx.db.selectFrom('record_history').select(['summary', 'reason']).orderBy('id', 'desc').executeTakeFirstOrThrow();
    expect(row).toEqual({ summary: '导入 扫描\ufffd件.pdf', reason: '\ufffd' });
    expect(await office.app.call('audit.verify', {})).toMatchObject({ ok: true, breaks: [] });
  });
});

import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { databaseFileName } from '../../../electron/app/openApp';
import type { AppError, Result } from '../../../shared/contract/errors';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { rowCounts } from '../../helpers/sqliteFile';

const watched = ['complaints', 'record_sequences', 'record_history', 'rooms', 'owners', 'staff', 'departments', 'office'] as const;
const chinese = /[\u4e00-\u9fff]/;

function refusal(answer: Result<unknown>): AppError {
  if (answer.ok) throw new Error(`expected a refusal, got ${JSON.stringify(answer.value)}`);
  return answer.error;
}

describe('invalid input at the boundary', () => {
  let office: TestOffice;
  let file: string;

  beforeAll(async () => {
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
  });
  afterAll(async () => {
    await office.close();
  });

  /** Send through the real boundary and expect it to be refused without touching the database. */
  async function refused(channel: string, input: unknown): Promise<AppError> {
    const counts = rowCounts(file, watched);
    const error = refusal(await office.app.invoke(channel, input));
    expect(rowCounts(file, watched)).toEqual(counts);
    return error;
  }

  it('refuses a wrong type and names the field', async () => {
    const error = await refused('complaints.create', { ...complaintIntake(office), content: 42 });
    expect(error).toMatchObject({ code: 'invalid_input', field: 'content', message: '「投诉内容」请填写投诉内容' });

    const id = await refused('complaints.get', { id: '7' });
    expect(id).toMatchObject({ code: 'invalid_input', field: 'id', message: expect.stringMatching(/^「编号」/) });

    const flag = await refused('complaints.create', { ...complaintIntake(office), anonymous: 'yes' });
    expect(flag).toMatchObject({ code: 'invalid_input', field: 'anonymous', message: expect.stringMatching(/^「匿名投诉」/) });
  });

  it('refuses missing content with the message of the form', async () => {
    const { content: _content, ...withoutContent } = complaintIntake(office);
    const error = await refused('complaints.create', withoutContent);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'content', message: '「投诉内容」请填写投诉内容' });
    expect(error.issues).toEqual([{ field: 'content', message: '「投诉内容」请填写投诉内容' }]);

    const blank = await refused('complaints.create', { ...complaintIntake(office), content: ' \n ' });
    expect(blank).toMatchObject({ field: 'content', message: '「投诉内容」请填写投诉内容' });
  });

  it('refuses a bad phone number, in a complaint and in a room owner', async () => {
    const error = await refused('complaints.create', complaintIntake(office, { phone: '1391234567' }));
    expect(error).toEqual({
      code: 'invalid_input',
      field: 'phone',
      message: '「联系电话」请填写 11 位手机号或座机号(如 010-12345678)',
      issues: [{ field: 'phone', message: '「联系电话」请填写 11 位手机号或座机号(如 010-12345678)' }],
    });
    const owner = await refused('rooms.save', { building: '5', unit: '2', roomNo: '0801', owners: [{ name: '赵玥', phone: '电话' }] });
    expect(owner).toMatchObject({ code: 'invalid_input', field: 'owners.0.phone', message: expect.stringMatching(/^「业主电话」/) });
  });

  it('refuses a value outside an enum', async () => {
    const error = await refused('complaints.create', complaintIntake(office, { severity: 'apocalyptic' as never }));
    expect(error).toMatchObject({ code: 'invalid_input', field: 'severity', message: '「严重程度」请选择严重程度' });
    const role = await refused('staff.save', { name: '孙赟', departmentId: office.engineering.id, role: 'boss' });
    expect(role).toMatchObject({ code: 'invalid_input', field: 'role', message: '「岗位角色」请选择岗位角色' });
  });

  it('counts the other problems when there are several', async () => {
    const error = await refused('complaints.create', complaintIntake(office, { content: '', category: 'x' as never, phone: 'abc' }));
    expect(error.field).toBe('phone');
    expect(error.message).toBe('「联系电话」请填写 11 位手机号或座机号(如 010-12345678)(另有 2 处需要修改)');
    expect(error.issues?.map((issue) => issue.field)).toEqual(['phone', 'content', 'category']);
  });

  it('refuses extra keys on a channel that takes no input', async () => {
    const error = await refused('office.get', { garbage: 'x'.repeat(10_000) });
    expect(error.code).toBe('invalid_input');
    // The caller's own names are never echoed back.
    expect(error.message).toBe('含有本操作不接受的内容(1 项)');
  });

  it('refuses extra keys on a record, so a caller cannot set what the office decides', async () => {
    const error = await refused('complaints.create', {
      ...complaintIntake(office),
      number: 'TS-209912-9999',
      status: 'archived',
      revision: 9,
      createdAt: '2000-01-01T00:00:00',
    });
    expect(error.code).toBe('invalid_input');
    expect(error.message).toMatch(chinese);
    expect(error.message).toBe('含有本操作不接受的内容(4 项)');
  });

  it('refuses an input that is not an object', async () => {
    for (const input of ['hello', 42, true, [complaintIntake(office)]]) {
      const error = await refused('complaints.create', input);
      expect(error.code, JSON.stringify(input)).toBe('invalid_input');
      expect(error.message).toMatch(chinese);
      expect(error.field).toBeUndefined();
    }
  });

  it('reads a missing input as an empty one, and says which fields are needed', async () => {
    const error = await refused('complaints.create', undefined);
    expect(error).toMatchObject({ code: 'invalid_input', field: 'receivedAt', message: expect.stringMatching(/^「投诉时间」请填写时间\(另有 \d+ 处需要修改\)$/) });
    expect(error.issues?.map((issue) => issue.field)).toEqual(['receivedAt', 'channel', 'content', 'category', 'severity']);
    for (const issue of error.issues ?? []) expect(issue.message).toMatch(/^「[\u4e00-\u9fff]+」/);
  });

  it('refuses a channel that does not exist, including names every object has', async () => {
    for (const name of ['complaints.delete', '', '__proto__', 'constructor', 'toString', 'hasOwnProperty']) {
      const error = await refused(name, {});
      expect(error, name).toEqual({ code: 'unknown_channel', message: `未知的操作:${name}` });
    }
    const long = await refused('x'.repeat(500), {});
    expect(long.message.length).toBeLessThan(80);
  });
});

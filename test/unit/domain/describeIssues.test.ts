import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import '../../../shared/contract/zodLocale';
import { describeIssues, invalidInput, parseInput } from '../../../shared/contract/validate';
import { complaintIntake } from '../../../shared/domain/complaints/complaintSchemas';
import { roomInput } from '../../../shared/domain/office/officeSchemas';
import { minimalIntake } from '../../helpers/intakeFixture';

function errorOf(schema: z.ZodType, input: unknown): z.ZodError {
  const result = schema.safeParse(input);
  if (result.success) throw new Error('expected the input to be refused');
  return result.error;
}

const validIntake = minimalIntake();

describe('describeIssues', () => {
  it('names the field in Chinese before the message', () => {
    const issues = describeIssues(errorOf(complaintIntake, { ...validIntake, phone: '123456789012' }));
    expect(issues).toEqual([{ field: 'phone', message: '「联系电话」请填写 11 位手机号或座机号(如 010-12345678)' }]);
  });

  it('keeps the dotted path of a nested field and names it by its label within the list', () => {
    const issues = describeIssues(errorOf(roomInput, { building: '3', unit: '1', roomNo: '1502', owners: [{ name: '陈喆', phone: 'abc' }] }));
    expect(issues).toEqual([{ field: 'owners.0.phone', message: '「业主电话」请填写 11 位手机号或座机号(如 010-12345678)' }]);
  });

  it('leaves a message without a field as it is', () => {
    const issues = describeIssues(errorOf(complaintIntake, 'not an object'));
    expect(issues).toHaveLength(1);
    expect(issues[0]!.field).toBe('');
    expect(issues[0]!.message).not.toMatch(/^「/);
    expect(issues[0]!.message).toMatch(/[\u4e00-\u9fff]/);
  });
});

describe('invalidInput', () => {
  it('answers the first issue as the message and field, and counts the others', () => {
    const error = invalidInput(errorOf(complaintIntake, { ...validIntake, content: '', category: 'x', severity: 'y' }));
    expect(error.code).toBe('invalid_input');
    expect(error.field).toBe('content');
    expect(error.message).toBe('「投诉内容」请填写投诉内容(另有 2 处需要修改)');
    expect(error.issues?.map((issue) => issue.field)).toEqual(['content', 'category', 'severity']);
  });

  it('answers a single issue without a count', () => {
    const error = invalidInput(errorOf(complaintIntake, { ...validIntake, category: 'plumbing' }));
    expect(error).toEqual({
      code: 'invalid_input',
      message: '「投诉分类」请选择投诉分类',
      field: 'category',
      issues: [{ field: 'category', message: '「投诉分类」请选择投诉分类' }],
    });
  });

  it('has no field for an issue about the whole input', () => {
    const error = invalidInput(errorOf(z.object({}).strict(), { garbage: 1 }));
    expect(error.field).toBeUndefined();
    // The caller's own names are never echoed back.
    expect(error.message).toBe('含有本操作不接受的内容(1 项)');
  });
});

describe('parseInput', () => {
  it('answers the parsed value of a channel input', () => {
    const parsed = parseInput('complaints.get', { id: 7 });
    expect(parsed).toEqual({ ok: true, value: { id: 7 } });
  });

  it('reads a missing input as an empty object', () => {
    expect(parseInput('office.get', undefined)).toEqual({ ok: true, value: {} });
    expect(parseInput('complaints.list', null)).toMatchObject({ ok: true, value: { page: 1, pageSize: 20 } });
  });

  it('answers a Chinese error naming the field for a bad input', () => {
    const parsed = parseInput('complaints.get', { id: 'seven' });
    expect(parsed).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'id', message: '「编号」请选择一项' } });
  });
});

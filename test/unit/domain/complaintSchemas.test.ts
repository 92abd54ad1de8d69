import { describe, expect, it } from 'vitest';
import '../../../shared/contract/zodLocale';
import { complaintIntake, complaintListInput } from '../../../shared/domain/complaints/complaintSchemas';
import { minimalIntake } from '../../helpers/intakeFixture';

const intake = minimalIntake;

function issuesOf(input: unknown) {
  const result = complaintIntake.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => ({ path: issue.path.join('.'), message: issue.message }));
}

describe('complaintIntake', () => {
  it('accepts an anonymous complaint without a name', () => {
    const result = complaintIntake.safeParse(intake({ anonymous: true, complainantName: undefined }));
    expect(result.success).toBe(true);
    expect(result.data?.complainantName).toBeNull();
  });

  it('asks for the complainant when the complaint is not anonymous', () => {
    expect(issuesOf(intake({ complainantName: undefined }))).toEqual([
      { path: 'complainantName', message: '请填写投诉人,或勾选“匿名投诉”' },
    ]);
    expect(issuesOf(intake({ complainantName: '   ' }))).toEqual([
      { path: 'complainantName', message: '请填写投诉人,或勾选“匿名投诉”' },
    ]);
  });

  it('asks for the referring body of a referred complaint', () => {
    expect(issuesOf(intake({ channel: 'referral' }))).toEqual([
      { path: 'referralSource', message: '第三方转办的投诉请填写转办单位' },
    ]);
    expect(issuesOf(intake({ channel: 'referral', referralSource: '消协' }))).toEqual([]);
  });

  it('stores empty optional text as null, never as a blank', () => {
    const parsed = complaintIntake.parse(intake({ address: '', demand: '  ', roomText: '', targetDescription: '', phone: '' }));
    expect(parsed).toMatchObject({ address: null, demand: null, roomText: null, targetDescription: null, phone: null });
  });

  it('fills the defaults the form may leave out', () => {
    const parsed = complaintIntake.parse(intake());
    expect(parsed).toMatchObject({ anonymous: false, urgent: false, roomId: null, targetDepartmentId: null, referralSource: null });
  });

  it('trims the text it keeps', () => {
    const parsed = complaintIntake.parse(intake({ complainantName: '  陈喆 ', content: '\n楼上漏水  ' }));
    expect(parsed.complainantName).toBe('陈喆');
    expect(parsed.content).toBe('楼上漏水');
  });

  it('normalises a receipt time to seconds', () => {
    expect(complaintIntake.parse(intake({ receivedAt: '2026-11-23T09:30' })).receivedAt).toBe('2026-11-23T09:30:00');
    expect(complaintIntake.parse(intake({ receivedAt: '2026-11-23T09:30:15' })).receivedAt).toBe('2026-11-23T09:30:15');
  });

  it('refuses a receipt time in another format or one the calendar does not have', () => {
    expect(issuesOf(intake({ receivedAt: '2026/11/23 09:30' }))[0]).toEqual({
      path: 'receivedAt',
      message: '时间格式应为 2026-11-23T09:30',
    });
    for (const receivedAt of ['2026-02-30T09:30', '2026-11-31T09:30', '2026-11-23T24:00', '2026-13-01T09:30', '2026-11-23T09:60']) {
      expect(issuesOf(intake({ receivedAt })), receivedAt).toEqual([{ path: 'receivedAt', message: '不是有效的日期时间' }]);
    }
  });

  it('refuses a phone number that is neither a mobile nor a landline', () => {
    for (const phone of ['139123456789', '1391234567a', '23912345678', '12', '123', '123456']) {
      expect(issuesOf(intake({ phone })), phone).toEqual([
        { path: 'phone', message: '请填写 11 位手机号或座机号(如 010-12345678)' },
      ]);
    }
  });

  it('accepts mobiles, landlines and service hotlines, without the spaces typed', () => {
    expect(complaintIntake.parse(intake({ phone: '139 1234 5678' })).phone).toBe('13912345678');
    expect(complaintIntake.parse(intake({ phone: '010-12345678' })).phone).toBe('010-12345678');
    expect(complaintIntake.parse(intake({ phone: '0755-1234567-89' })).phone).toBe('0755-1234567-89');
    expect(complaintIntake.parse(intake({ phone: '95588' })).phone).toBe('95588');
    expect(complaintIntake.parse(intake({ phone: '12345' })).phone).toBe('12345');
  });

  it('refuses unknown choices with the message the form shows', () => {
    expect(issuesOf(intake({ category: 'plumbing' }))).toEqual([{ path: 'category', message: '请选择投诉分类' }]);
    expect(issuesOf(intake({ severity: 'catastrophic' }))).toEqual([{ path: 'severity', message: '请选择严重程度' }]);
    expect(issuesOf(intake({ channel: 'pigeon' }))).toEqual([{ path: 'channel', message: '请选择投诉方式' }]);
  });

  it('requires the content (the receiver is whoever is signed in)', () => {
    const paths = issuesOf(intake({ content: '  ' })).map((issue) => issue.path);
    expect(paths).toEqual(['content']);
  });

  it('limits the length of free text', () => {
    expect(issuesOf(intake({ content: '漏'.repeat(4001) }))).toEqual([{ path: 'content', message: '不能超过 4000 个字' }]);
    expect(complaintIntake.safeParse(intake({ content: '漏'.repeat(4000) })).success).toBe(true);
  });
});

describe('complaintListInput', () => {
  it('pages 20 at a time from page 1 by default', () => {
    expect(complaintListInput.parse({})).toMatchObject({ page: 1, pageSize: 20, q: null, room: null });
  });

  it('refuses dates that are not on the calendar and page sizes out of range', () => {
    expect(complaintListInput.safeParse({ from: '2026-02-30' }).success).toBe(false);
    expect(complaintListInput.safeParse({ to: '2026-11-23T10:00' }).success).toBe(false);
    expect(complaintListInput.safeParse({ pageSize: 500 }).success).toBe(false);
    expect(complaintListInput.safeParse({ page: 0 }).success).toBe(false);
    expect(complaintListInput.safeParse({ from: '2026-02-28', to: '2028-02-29' }).success).toBe(true);
  });
});

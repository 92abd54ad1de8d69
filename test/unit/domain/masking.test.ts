import { describe, expect, it } from 'vitest';
import { maskIdNumber, maskPhone, maskConnectionString } from '../../../shared/domain/masking';

describe('maskPhone', () => {
  it('keeps the first 3 and last 4 digits of a mobile number', () => {
    expect(maskPhone('13812345678')).toBe('138****5678');
  });

  it('ignores spaces and dashes the clerk typed', () => {
    expect(maskPhone('138 1234 5678')).toBe('138****5678');
    expect(maskPhone('138-1234-5678')).toBe('138****5678');
  });

  it('masks a landline without its area-code dash', () => {
    expect(maskPhone('010-12345678')).toBe('010****5678');
    expect(maskPhone('87654321')).toBe('87****21');
  });

  it('hides a short number completely', () => {
    expect(maskPhone('95588')).toBe('*****');
  });

  it('answers an empty string for a missing phone', () => {
    expect(maskPhone(null)).toBe('');
    expect(maskPhone(undefined)).toBe('');
    expect(maskPhone('')).toBe('');
  });
});

describe('maskIdNumber', () => {
  it('keeps the region (6) and the last 4 characters of an 18-digit ID number', () => {
    expect(maskIdNumber('110105199001011234')).toBe('110105********1234');
  });

  it('keeps an X check digit', () => {
    expect(maskIdNumber('11010519900101123X')).toBe('110105********123X');
  });

  it('hides a too-short value completely', () => {
    expect(maskIdNumber('123456789')).toBe('*********');
  });

  it('answers an empty string for a missing number', () => {
    expect(maskIdNumber(null)).toBe('');
    expect(maskIdNumber('')).toBe('');
  });
});

describe('maskConnectionString', () => {
  it('hides the password in the address or as a parameter, and leaves a string without one as it is', () => {
    expect(maskConnectionString('postgresql://hq:s3cr%40t@db.group.cn:5432/taizhang')).toBe('postgresql://hq:****@db.group.cn:5432/taizhang');
    expect(maskConnectionString('postgres://hq@db:5432/t?sslmode=require&password=abc')).toBe('postgres://hq@db:5432/t?sslmode=require&password=****');
    expect(maskConnectionString('postgresql://db.group.cn/taizhang')).toBe('postgresql://db.group.cn/taizhang');
  });
});

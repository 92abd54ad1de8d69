import { describe, expect, it } from 'vitest';
import { cuesOf } from '../../../electron/app/experience/categoryCues';

/** The frame of a complaint names its fuzzy category, whatever object it mentions. */
describe('category cues', () => {
  it('reads notices, fees for value and management as 综合服务', () => {
    expect(cuesOf('停水也不提前通知一声')).toContainEqual({ category: 'general', department: '客户服务' });
    expect(cuesOf('物业费一年比一年贵,服务越来越差')).toContainEqual({ category: 'general', department: '客户服务' });
  });

  it('reads the desk and its phone as 业务接待, a named department as 部门服务', () => {
    expect(cuesOf('服务热线打了一下午都没人接')).toContainEqual({ category: 'reception', department: '客户服务' });
    expect(cuesOf('会所的游泳池换水不勤')).toContainEqual({ category: 'department', department: '会所' });
    expect(cuesOf('营销部承诺的交房日期又推迟了')).toContainEqual({ category: 'department', department: '营销' });
    // 交房时 only dates the matter.
    expect(cuesOf('阳台推拉门交房时就关不严')).toEqual([]);
  });

  it('reads what the property organises or recommends, and outside companies, as 其他服务', () => {
    expect(cuesOf('物业组织的亲子运动会临时取消了')).toContainEqual({ category: 'other', department: '客户服务' });
    expect(cuesOf('希望物业出面跟燃气公司沟通一下')).toContainEqual({ category: 'other', department: '客户服务' });
  });

  it('says nothing of a plain repair', () => {
    expect(cuesOf('厨房水龙头一直滴水')).toEqual([]);
  });
});

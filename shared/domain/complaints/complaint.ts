import { enumKeys, type LabelledEnum } from '../labels';
import type { RecordNumbering } from '../recordNumber';

/** 投诉方式 (DOMAIN.md §1). */
export const complaintChannels = {
  phone: '电话',
  inPerson: '当面',
  written: '书面',
  letter: '信函',
  email: '电子邮件',
  anonymous: '匿名',
  referral: '第三方转办',
} as const satisfies LabelledEnum<string>;
export type ComplaintChannel = keyof typeof complaintChannels;
export const complaintChannelKeys = enumKeys(complaintChannels);

/** 投诉分类, in the order the paper form lists them. */
export const complaintCategories = {
  general: '综合服务',
  cleaning: '保洁服务',
  maintenance: '维修服务',
  reception: '业务接待',
  order: '秩序维护',
  greening: '绿化养护',
  department: '部门服务',
  other: '其他服务',
} as const satisfies LabelledEnum<string>;
export type ComplaintCategory = keyof typeof complaintCategories;
export const complaintCategoryKeys = enumKeys(complaintCategories);

/** 严重程度 (seed 004). */
export const complaintSeverities = {
  minor: '轻微',
  general: '一般',
  major: '重大',
  serious: '严重',
} as const satisfies LabelledEnum<string>;
export type ComplaintSeverity = keyof typeof complaintSeverities;
export const complaintSeverityKeys = enumKeys(complaintSeverities);

/** 处理状态. The foundation only creates 已受理; the lifecycle issue adds the transitions. */
export const complaintStatuses = {
  accepted: '已受理',
  dispatched: '已派工',
  inProgress: '处理中',
  /** seed 004: the department disputes the desk's proposed resolution; the level above decides. */
  disputed: '异议待裁决',
  awaitingReview: '待审核',
  awaitingRevisit: '待回访',
  resolved: '已销项',
  archived: '已归档',
  invalid: '无效',
  voided: '已作废',
} as const satisfies LabelledEnum<string>;
export type ComplaintStatus = keyof typeof complaintStatuses;
export const complaintStatusKeys = enumKeys(complaintStatuses);

/** 有效 / 无效投诉; null until the department has investigated. */
export const complaintValidities = { valid: '有效投诉', invalid: '无效投诉' } as const satisfies LabelledEnum<string>;
export type ComplaintValidity = keyof typeof complaintValidities;
export const complaintValidityKeys = enumKeys(complaintValidities);

/** Third parties that pass a complaint on (第三方转办). */
export const referralSources = ['消协', '媒体', '总公司', '政府热线', '街道/社区', '其他'] as const;

/** 业主投诉: TS-YYYYMM-NNNN. */
export const complaintNumbering = { prefix: 'TS', entity: 'complaint' } as const satisfies RecordNumbering;

/** 纠正/预防措施报告: JZ-YYYYMM-NNNN. */
export const capaReportNumbering = { prefix: 'JZ', entity: 'capaReport' } as const satisfies RecordNumbering;

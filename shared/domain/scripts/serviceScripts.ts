import { z } from 'zod';
import { enumKeys, type LabelledEnum } from '../labels';
import { recordId, requiredText } from '../fieldSchemas';

/** 话术 (DOMAIN.md "Service scripts"; seeds 001 第六条 and 000 篇6): the situations a phrase is for, in panel order. */
export const scriptSituations = {
  greeting: '接听问候',
  apology: '受理投诉、安抚致歉',
  angry: '来电人情绪激动',
  dialect: '听不懂方言',
  unanswerable: '暂时无法解答',
  transfer: '请主管接手',
  revisit: '电话回访',
  closing: '结束通话',
} as const satisfies LabelledEnum<string>;
export type ScriptSituation = keyof typeof scriptSituations;
export const scriptSituationKeys = enumKeys(scriptSituations);

/** Written where the office's own name goes; the panel puts the name in when it copies. */
export const officeNamePlaceholder = '{管理处}';

export interface ServiceScript {
  id: number;
  situation: ScriptSituation;
  title: string;
  text: string;
  sortOrder: number;
  active: boolean;
}

export const scriptListInput = z.strictObject({
  /** Disabled phrases too (the supervisor's editing view). */
  includeInactive: z.boolean().default(false),
});

export const scriptInput = z.strictObject({
  id: recordId.optional(),
  situation: z.enum(scriptSituationKeys, { error: '请选择适用情形' }),
  title: requiredText(30, '请填写标题'),
  text: requiredText(500, '请填写话术内容'),
  active: z.boolean().default(true),
});
export type ScriptInput = z.output<typeof scriptInput>;

export const scriptMoveInput = z.strictObject({
  id: recordId,
  direction: z.enum(['up', 'down']),
});

import { z } from 'zod';

/**
 * zod's own messages in the clerk's words: its zh-CN locale still names types and bounds in English
 * (期望 number <=200) and quotes the caller's unknown keys, so every issue a schema does not word itself is said
 * here. Schemas override the ones a clerk meets most.
 */
const kinds: Record<string, string> = {
  string: '文字',
  number: '数字',
  int: '整数',
  bigint: '整数',
  boolean: '“是”或“否”',
  array: '一组内容',
  object: '一组内容',
  date: '日期',
  null: '空',
};

const units: Record<string, string> = { string: '个字', array: '项', set: '项', file: '字节' };

function bound(origin: string | undefined, limit: number | bigint, inclusive: boolean | undefined, side: 'max' | 'min'): string {
  const unit = units[origin ?? ''];
  if (unit) return side === 'max' ? `不能超过 ${limit} ${unit}` : Number(limit) <= 1 && origin === 'string' ? '不能为空' : `至少 ${limit} ${unit}`;
  if (side === 'max') return inclusive === false ? `应小于 ${limit}` : `不能大于 ${limit}`;
  return inclusive === false ? `应大于 ${limit}` : `不能小于 ${limit}`;
}

export function zodMessage(issue: z.core.$ZodRawIssue): string {
  switch (issue.code) {
    case 'invalid_type':
      return issue.input === undefined ? '不能为空' : `应为${kinds[issue.expected] ?? '正确的内容'}`;
    case 'too_big':
      return bound(issue.origin, issue.maximum, issue.inclusive, 'max');
    case 'too_small':
      return bound(issue.origin, issue.minimum, issue.inclusive, 'min');
    case 'invalid_format':
      return '格式不正确';
    case 'not_multiple_of':
      return `应为 ${issue.divisor} 的整数倍`;
    case 'unrecognized_keys':
      return `含有本操作不接受的内容(${issue.keys.length} 项)`;
    case 'invalid_value':
      return '不是可选的值,请从列表中选择';
    default:
      return '内容有误';
  }
}

z.config({ localeError: zodMessage });

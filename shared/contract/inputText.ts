import type { FieldIssue } from './errors';
import { fieldLabel } from '../domain/fieldLabels';

/** C0 control characters other than tab, line feed and carriage return: a workbook's XML cannot hold them. */
const controlCharacter = /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/;

/**
 * Every text of a call's input as it will be stored: NFC-normalised (the same name typed on two keyboards is one
 * name, and its history hash is over what is stored), and refused where it is not well-formed Unicode — a lone
 * UTF-16 surrogate is written by SQLite as bytes that read back as something else, so a history row sealed over
 * it could never verify again — or holds an invisible control character. Object keys are text too.
 */
export function normaliseInputText(raw: unknown): { value: unknown; issues: FieldIssue[] } {
  const issues: FieldIssue[] = [];
  const visit = (value: unknown, path: (string | number)[]): unknown => {
    if (typeof value === 'string') {
      const problem = textProblem(value);
      if (problem) issues.push({ field: path.join('.'), message: `「${path.length > 0 ? fieldLabel(path) : '输入内容'}」${problem}` });
      return problem ? value : value.normalize('NFC');
    }
    if (Array.isArray(value)) return value.map((item, index) => visit(item, [...path, index]));
    if (isPlainObject(value)) {
      const entries = Object.entries(value).map(([key, item]) => {
        if (textProblem(key)) issues.push({ field: path.join('.'), message: `「${path.length > 0 ? fieldLabel(path) : '输入内容'}」含有无法识别的字段名` });
        return [key.normalize('NFC'), visit(item, [...path, key])] as const;
      });
      return Object.fromEntries(entries);
    }
    return value;
  };
  return { value: visit(raw, []), issues };
}

/** Why this text cannot be stored as it is, in the clerk's words; null when it can. */
export function textProblem(text: string): string | null {
  if (!text.isWellFormed()) return '中有无法识别的残缺字符(常见于从别处复制的文字),请删除后重新输入';
  if (controlCharacter.test(text)) return '中有看不见的控制字符,请删除后重新输入';
  return null;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const prototype = Object.getPrototypeOf(value) as unknown;
  return prototype === Object.prototype || prototype === null;
}

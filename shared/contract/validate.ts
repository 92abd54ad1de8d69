import type { z } from 'zod';
import { fieldLabel } from '../domain/fieldLabels';
import type { AppError, FieldIssue } from './errors';
import { channels, type ChannelName, type ParsedInput } from './channels';

/** Turn zod issues into messages that name the field in Chinese: 「联系电话」请填写 11 位手机号… */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.path.length > 0 ? `「${fieldLabel(issue.path)}」${issue.message}` : issue.message,
  }));
}

export function invalidInput(error: z.ZodError): AppError {
  const issues = describeIssues(error);
  const first = issues[0];
  return {
    code: 'invalid_input',
    message: issues.length > 1 ? `${first!.message}(另有 ${issues.length - 1} 处需要修改)` : (first?.message ?? '输入有误'),
    ...(first?.field ? { field: first.field } : {}),
    issues,
  };
}

/** The one place a channel's input is checked. */
export function parseInput<K extends ChannelName>(
  name: K,
  raw: unknown,
): { ok: true; value: ParsedInput<K> } | { ok: false; error: AppError } {
  const parsed = channels[name].input.safeParse(raw ?? {});
  if (parsed.success) return { ok: true, value: parsed.data as ParsedInput<K> };
  return { ok: false, error: invalidInput(parsed.error) };
}

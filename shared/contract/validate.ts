import type { z } from 'zod';
import { fieldLabel } from '../domain/fieldLabels';
import type { AppError, FieldIssue } from './errors';
import { channels, type ChannelName, type ParsedInput } from './channels';
import type { Channel } from './channel';
import { normaliseInputText } from './inputText';

/** Turn zod issues into messages that name the field in Chinese: 「联系电话」请填写 11 位手机号… */
export function describeIssues(error: z.ZodError): FieldIssue[] {
  return error.issues.map((issue) => ({
    field: issue.path.map(String).join('.'),
    message: issue.path.length > 0 ? `「${fieldLabel(issue.path)}」${issue.message}` : issue.message,
  }));
}

export function invalidInput(error: z.ZodError): AppError {
  return refusedInput(describeIssues(error));
}

function refusedInput(issues: FieldIssue[]): AppError {
  const first = issues[0];
  return {
    code: 'invalid_input',
    message: issues.length > 1 ? `${first!.message}(另有 ${issues.length - 1} 处需要修改)` : (first?.message ?? '输入有误'),
    ...(first?.field ? { field: first.field } : {}),
    issues,
  };
}

/**
 * The one place a channel's input is checked: dispatch parses every call with it. Its text is made what will be
 * stored first (inputText.ts), so the schema's lengths and patterns hold for exactly that.
 */
export function parseChannelInput(channel: Channel, raw: unknown): { ok: true; value: unknown } | { ok: false; error: AppError } {
  const text = normaliseInputText(raw ?? {});
  if (text.issues.length > 0) return { ok: false, error: refusedInput(text.issues) };
  const parsed = channel.input.safeParse(text.value);
  return parsed.success ? { ok: true, value: parsed.data } : { ok: false, error: invalidInput(parsed.error) };
}

/** A channel of the shipped contract, by name. */
export function parseInput<K extends ChannelName>(name: K, raw: unknown): { ok: true; value: ParsedInput<K> } | { ok: false; error: AppError } {
  return parseChannelInput(channels[name], raw) as { ok: true; value: ParsedInput<K> } | { ok: false; error: AppError };
}

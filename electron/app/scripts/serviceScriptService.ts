import type { Kysely } from 'kysely';
import type { z } from 'zod';
import type { Database } from '../db/schema';
import { DomainError } from '../../../shared/contract/errors';
import type { scriptMoveInput, ScriptInput, ServiceScript } from '../../../shared/domain/scripts/serviceScripts';
import { scriptSituations } from '../../../shared/domain/scripts/serviceScripts';
import { findScript, insertScript, situationScripts, updateScript } from './serviceScriptRepository';

/**
 * 话术 are the office's rules for what the desk says, so they change like settings: a supervisor's call, run inside
 * the audited settings change (settingsService.auditedSettingsChange) that writes who changed what.
 */
export async function saveScript(trx: Kysely<Database>, input: ScriptInput): Promise<ServiceScript> {
  if (input.id === undefined) {
    const last = (await situationScripts(trx, input.situation)).at(-1);
    const script = { situation: input.situation, title: input.title, text: input.text, active: input.active, sortOrder: (last?.sortOrder ?? 0) + 1 };
    return { id: await insertScript(trx, script), ...script };
  }
  const current = await findScript(trx, input.id);
  if (!current) throw new DomainError('not_found', '该话术不存在,可能已被修改,请刷新后重试');
  const moved = current.situation !== input.situation;
  const sortOrder = moved ? ((await situationScripts(trx, input.situation)).at(-1)?.sortOrder ?? 0) + 1 : current.sortOrder;
  const script = { ...current, situation: input.situation, title: input.title, text: input.text, active: input.active, sortOrder };
  await updateScript(trx, script);
  return script;
}

/** Whether the phrase has a neighbour on that side: a move that changes nothing is neither made nor audited. */
export async function canMoveScript(db: Kysely<Database>, input: z.output<typeof scriptMoveInput>): Promise<boolean> {
  const script = await findScript(db, input.id);
  if (!script) throw new DomainError('not_found', '该话术不存在,可能已被修改,请刷新后重试');
  const siblings = await situationScripts(db, script.situation);
  const index = siblings.findIndex((sibling) => sibling.id === script.id);
  return input.direction === 'up' ? index > 0 : index < siblings.length - 1;
}

/** One place up or down within its situation; at the end of the list it stays where it is. */
export async function moveScript(trx: Kysely<Database>, input: z.output<typeof scriptMoveInput>): Promise<ServiceScript> {
  const script = await findScript(trx, input.id);
  if (!script) throw new DomainError('not_found', '该话术不存在,可能已被修改,请刷新后重试');
  const siblings = await situationScripts(trx, script.situation);
  const index = siblings.findIndex((sibling) => sibling.id === script.id);
  const target = index + (input.direction === 'up' ? -1 : 1);
  if (target < 0 || target >= siblings.length) return script;
  [siblings[index], siblings[target]] = [siblings[target]!, siblings[index]!];
  // Renumber the whole situation: older orders may share a number.
  for (const [position, sibling] of siblings.entries()) await updateScript(trx, { ...sibling, sortOrder: position + 1 });
  return { ...script, sortOrder: target + 1 };
}

export function describeScriptChange(input: ScriptInput, before: ServiceScript | undefined): string {
  const what = `${scriptSituations[input.situation]}「${input.title}」`;
  if (!before) return `话术:新增 ${what}:${input.text}`;
  if (before.active && !input.active) return `话术:停用 ${what}`;
  if (!before.active && input.active) return `话术:启用 ${what}`;
  return `话术:修改 ${what}:${input.text}`;
}

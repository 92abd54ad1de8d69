/**
 * The entry forms open now with changes not yet saved, so that leaving the desk (退出登录, 锁屏) can ask first and
 * write their drafts before the session ends.
 */
interface DirtyForm {
  label: string;
  /** Writes the draft now instead of after the typing pause. */
  flush(): Promise<void>;
}

const open = new Map<string, DirtyForm>();

export function markDirty(key: string, form: DirtyForm): void {
  open.set(key, form);
}

export function markClean(key: string): void {
  open.delete(key);
}

export function dirtyFormLabels(): string[] {
  return [...open.values()].map((form) => form.label);
}

/** Every pending draft written; a draft that cannot be written now is still on screen, and nothing throws. */
export async function flushDrafts(): Promise<void> {
  await Promise.all([...open.values()].map((form) => form.flush().catch(() => undefined)));
}

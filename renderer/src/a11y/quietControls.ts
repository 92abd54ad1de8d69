/**
 * Two things the component library does that a keyboard and a screen reader meet on every form, put right once for
 * the whole window as the library renders them:
 * - a select's clear button (“×”) is a button in the Tab order labelled “Clear”: the next Tab lands on it and the
 *   clerk's typing goes nowhere. It leaves the Tab order (Backspace clears from the keyboard) and is labelled 清除.
 * - an icon beside a text is read aloud by its English name (“phone”, “carry-out”): it is hidden from the reader,
 *   the text says it all. An icon alone keeps its place; its control carries a Chinese aria-label.
 */
const clearButtons = '.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon';

function quiet(root: ParentNode): void {
  for (const clear of root.querySelectorAll<HTMLElement>(clearButtons)) {
    if (clear.tabIndex !== -1) clear.tabIndex = -1;
    if (clear.getAttribute('aria-label') !== '清除') clear.setAttribute('aria-label', '清除');
  }
  for (const icon of root.querySelectorAll<HTMLElement>('.anticon[role="img"]:not([aria-hidden])')) {
    const control = icon.closest('button, a, [role="button"], [role="menuitem"], [role="tab"], .ant-tag, .ant-typography, .ant-alert, .ant-result');
    const text = control?.textContent?.trim() ?? '';
    if (text) icon.setAttribute('aria-hidden', 'true');
  }
}

export function quietControls(root: HTMLElement = document.body): void {
  quiet(root);
  // Once per burst of changes (a table re-render is hundreds of mutations), before the next paint.
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    queueMicrotask(() => {
      pending = false;
      quiet(root);
    });
  }).observe(root, { childList: true, subtree: true });
}

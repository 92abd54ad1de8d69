/**
 * Two things the component library does that a keyboard and a screen reader meet on every form, put right once for
 * the whole window as the library renders them:
 * - a select's clear button (“×”) is a button in the Tab order labelled “Clear”: the next Tab lands on it and the
 *   clerk's typing goes nowhere. It leaves the Tab order (Backspace clears from the keyboard) and is labelled 清除.
 * - an icon beside a text is read aloud by its English name (“phone”, “carry-out”): it is hidden from the reader,
 *   the text says it all. An icon alone keeps its place; its control carries a Chinese aria-label.
 * - a radio group inside a form item is not named by the item's label (a <label for> names inputs only): it is
 *   labelled by it, so a reader says which question 维修类 / 非维修类 answers.
 * - a table wider than its box scrolls sideways from its rows (each one a Tab stop); an empty one has no row to
 *   focus, so the box itself takes the focus, and the arrow keys scroll it.
 */
const clearButtons = '.ant-select-clear, .ant-picker-clear, .ant-input-clear-icon';
const tableScrollers = '.ant-table-content, .ant-table-body';
const focusable = 'a[href], button, input, select, textarea, [tabindex]:not([tabindex="-1"])';

function reachScroller(box: HTMLElement): void {
  const unreachable = box.scrollWidth > box.clientWidth && !box.querySelector(focusable);
  if (unreachable && box.tabIndex !== 0) {
    box.tabIndex = 0;
    box.setAttribute('role', 'region');
    box.setAttribute('aria-label', '表格(可左右滚动)');
  } else if (!unreachable && box.getAttribute('role') === 'region') {
    box.removeAttribute('tabindex');
    box.removeAttribute('role');
    box.removeAttribute('aria-label');
  }
}

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
  for (const group of root.querySelectorAll<HTMLElement>('.ant-radio-group[id]:not([aria-label]):not([aria-labelledby])')) {
    const label = document.querySelector<HTMLLabelElement>(`label[for="${CSS.escape(group.id)}"]`);
    if (!label?.textContent?.trim()) continue;
    label.id ||= `${group.id}-label`;
    group.setAttribute('aria-labelledby', label.id);
  }
  for (const box of root.querySelectorAll<HTMLElement>(tableScrollers)) reachScroller(box);
}

export function quietControls(root: HTMLElement = document.body): void {
  quiet(root);
  // Once per frame, before its paint (a table re-render is hundreds of mutations, in several bursts): a microtask
  // per burst measured each table's width (a forced layout) several times a frame — 75 ms of a list search's render
  // on the 1M office's bench; in the frame's callback it reads the layout the paint needs anyway.
  let pending = false;
  new MutationObserver(() => {
    if (pending) return;
    pending = true;
    requestAnimationFrame(() => {
      pending = false;
      quiet(root);
    });
  }).observe(root, { childList: true, subtree: true });
}

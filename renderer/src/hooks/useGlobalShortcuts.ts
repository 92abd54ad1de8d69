import { useEffect } from 'react';
import { useNavigate } from 'react-router-dom';

/** The list's search box; shortcuts focus it from anywhere. */
export const complaintSearchId = 'complaint-search';

export const shortcuts = [
  { keys: 'Alt+N / Ctrl+N', action: '登记新投诉' },
  { keys: 'Ctrl+K 或 /', action: '搜索投诉台账' },
  { keys: 'Enter', action: '保存表单 / 打开选中的记录' },
  { keys: 'Ctrl+Enter', action: '在多行文本框中保存' },
  { keys: 'Ctrl+P', action: '在投诉详情页打印' },
  { keys: 'F2', action: '打开/关闭话术' },
  { keys: 'Alt+Y', action: '登记投诉时采用经验库的建议' },
] as const;

function isTyping(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return target.isContentEditable || ['INPUT', 'TEXTAREA', 'SELECT'].includes(target.tagName);
}

export function focusComplaintSearch(): boolean {
  const input = document.getElementById(complaintSearchId);
  if (!(input instanceof HTMLInputElement)) return false;
  input.focus();
  input.select();
  return true;
}

/** App-wide keys (GUIDE "UI": keyboard first). Page-level keys such as Ctrl+P live with their page. */
export function useGlobalShortcuts(): void {
  const navigate = useNavigate();
  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      const ctrl = event.ctrlKey || event.metaKey;
      if (event.code === 'KeyN' && (event.altKey || ctrl) && !event.shiftKey) {
        event.preventDefault();
        if (!window.location.hash.startsWith('#/complaints/new')) navigate('/complaints/new');
        return;
      }
      const wantsSearch = (ctrl && event.code === 'KeyK') || (event.key === '/' && !ctrl && !event.altKey && !isTyping(event.target));
      if (wantsSearch) {
        event.preventDefault();
        if (!focusComplaintSearch()) navigate('/complaints', { state: { focusSearch: true } });
      }
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [navigate]);
}

import { App } from 'antd';
import { useState } from 'react';
import type { PrintedForm } from '../../../../shared/domain/records';
import { errorMessage } from '../../api/client';

/** Print one form (报修单, 派工单, the day's 来电记录表) and hold it for the preview dialog. */
export function useRecordPrint() {
  const { message } = App.useApp();
  const [printed, setPrinted] = useState<PrintedForm | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const print = async (key: string, produce: () => Promise<PrintedForm>) => {
    if (pending) return;
    setPending(key);
    try {
      setPrinted(await produce());
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setPending(null);
    }
  };
  return { printed, print: (key: string, produce: () => Promise<PrintedForm>) => void print(key, produce), pending, close: () => setPrinted(null) };
}

import { App } from 'antd';
import { useState } from 'react';
import type { PrintedForm } from '../../../shared/domain/records';
import { call, errorMessage } from '../api/client';

/** The channels that print a form for one record; all take `{ id }`. */
export type PrintChannel = 'complaints.print' | 'workOrders.print' | 'capa.print' | 'inspections.print' | 'revisits.print';

/**
 * Print a form and hold the result for the preview dialog. Printing the complaint form marks the revision
 * handed out for signature: a write, so the call itself refreshes the record's page.
 */
export function usePrintedForm() {
  const { message } = App.useApp();
  const [printed, setPrinted] = useState<PrintedForm | null>(null);
  const [pending, setPending] = useState<string | null>(null);

  const print = async (channel: PrintChannel, id: number) => {
    const key = `${channel}:${id}`;
    if (pending) return;
    setPending(key);
    try {
      setPrinted(await call(channel, { id }));
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setPending(null);
    }
  };

  return {
    printed,
    print: (channel: PrintChannel, id: number) => void print(channel, id),
    /** Whether that record's form is being printed now (for its button's spinner). */
    printing: (channel: PrintChannel, id: number) => pending === `${channel}:${id}`,
    close: () => setPrinted(null),
  };
}

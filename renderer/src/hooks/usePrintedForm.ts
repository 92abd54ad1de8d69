import { App } from 'antd';
import { useState } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import type { PrintedForm } from '../../../shared/domain/records';
import { call, errorMessage } from '../api/client';

/** The channels that answer a printed form (complaints.print, repairs.printWorkOrder, calls.printDay, …). */
export type PrintChannel = { [K in ChannelName]: ChannelOutput<K> extends PrintedForm ? K : never }[ChannelName];

/**
 * Printing a form for the preview dialog (PrintPreviewModal), the same way on every page: one print at a time,
 * a spinner on the button that asked for it, a refusal told in a toast. A print that is a write (the complaint
 * form marks its revision handed out for signature) refreshes the record's page through the call itself. A
 * dialog that prints as its own save, showing refusals inside itself, hands the form to `show`.
 */
export function usePrintedForm() {
  const { message } = App.useApp();
  const [printed, setPrinted] = useState<PrintedForm | null>(null);
  const [pending, setPending] = useState<string | null>(null);
  const keyOf = (channel: PrintChannel, input: unknown) => `${channel} ${JSON.stringify(input)}`;

  const print = async <K extends PrintChannel>(channel: K, input: ChannelInput<K>) => {
    if (pending) return;
    setPending(keyOf(channel, input));
    try {
      setPrinted((await call(channel, input)) as PrintedForm);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setPending(null);
    }
  };

  return {
    printed,
    print: <K extends PrintChannel>(channel: K, input: ChannelInput<K>) => void print(channel, input),
    /** Whether that form is being printed now (for its button's spinner). */
    printing: <K extends PrintChannel>(channel: K, input: ChannelInput<K>) => pending === keyOf(channel, input),
    show: (form: PrintedForm) => setPrinted(form),
    close: () => setPrinted(null),
  };
}

/** The hook's answer, for the sections that print through their page's dialog. */
export type PrintedForms = ReturnType<typeof usePrintedForm>;

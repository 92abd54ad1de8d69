import { App, type FormInstance } from 'antd';
import { useRef } from 'react';
import type { ChannelInput, ChannelName, ChannelOutput } from '../../../shared/contract/channels';
import { useChannelMutation } from '../api/queries';
import { applyCallError } from './applyCallError';

interface SaveFormOptions<K extends ChannelName, V> {
  /** The write channel the form saves through. */
  channel: K;
  form: FormInstance<V>;
  /** The checked form values as the channel's input (e.g. with the id of the record being edited). */
  toInput: (values: V) => ChannelInput<K>;
  /** What the clerk is told once it is saved. */
  success: string | ((saved: ChannelOutput<K>) => string);
  /** Top-level fields the form shows: a server message naming one lands under it (see applyCallError). */
  fields: readonly string[];
  /** Contract field → form field, where the form shows a value under another name. */
  rename?: Record<string, string>;
  /** A refusal that names no field shown, e.g. into an alert inside the dialog (default: a toast). */
  onUnplaced?: (text: string) => void;
  /** After a successful save, e.g. close the dialog. */
  onDone?: (saved: ChannelOutput<K>) => void;
}

/**
 * Saving an edit form, the same way everywhere: check the fields, call the channel (the call refreshes what it
 * changed before it returns, see api/client.ts), say so and finish. A refused save puts the server's messages
 * under the fields they name and keeps every value typed. `submit` serves an OK button and the form's own submit
 * (Enter) alike; a second press while saving is ignored.
 */
export function useSaveForm<K extends ChannelName, V>(options: SaveFormOptions<K, V>) {
  const { channel, form, toInput, success, fields, rename, onUnplaced, onDone } = options;
  const { message } = App.useApp();
  const save = useChannelMutation(channel);
  const saving = useRef(false);

  const submit = async () => {
    if (saving.current) return;
    saving.current = true;
    try {
      const values = await form.validateFields().catch(() => null);
      if (!values) return;
      const saved = await save.mutateAsync(toInput(values));
      void message.success(typeof success === 'function' ? success(saved) : success);
      onDone?.(saved);
    } catch (error) {
      applyCallError(form, error, message, { fields, ...(rename && { rename }), ...(onUnplaced && { onUnplaced }) });
    } finally {
      saving.current = false;
    }
  };

  return { submit, pending: save.isPending };
}

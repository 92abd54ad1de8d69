import { App } from 'antd';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { errorMessage } from '../../api/client';
import { useChannelMutation } from '../../api/queries';

type CalendarWrite = 'calendar.saveOverride' | 'calendar.removeOverride' | 'calendar.confirmYear';

/** A calendar change, told as a toast; the write refreshes the calendar's status and the desk's warning. */
export function useCalendarSave<K extends CalendarWrite>(channel: K) {
  const { message } = App.useApp();
  const mutation = useChannelMutation(channel);

  const run = async (input: ChannelInput<K>, success: string): Promise<boolean> => {
    try {
      await mutation.mutateAsync(input);
      void message.success(success);
      return true;
    } catch (error) {
      void message.error(errorMessage(error));
      return false;
    }
  };

  return { run, pending: mutation.isPending };
}

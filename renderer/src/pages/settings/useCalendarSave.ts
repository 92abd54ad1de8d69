import { App } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract/channels';
import type { CalendarStatus } from '../../../../shared/domain/settings/settingsRecords';
import { errorMessage } from '../../api/client';
import { useChannelMutation } from '../../api/queries';

type CalendarWrite = 'calendar.saveOverride' | 'calendar.removeOverride' | 'calendar.confirmYear';

/** A calendar change answers the new CalendarStatus: show it at once, and let the desk re-check its warning. */
export function useCalendarSave<K extends CalendarWrite>(channel: K) {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const mutation = useChannelMutation(channel);

  const run = async (input: ChannelInput<K>, success: string): Promise<boolean> => {
    try {
      const status = (await mutation.mutateAsync(input)) as CalendarStatus;
      queryClient.setQueryData<CalendarStatus>(['calendar.status', {}], status);
      void queryClient.invalidateQueries({ queryKey: ['desk.today'] });
      void message.success(success);
      return true;
    } catch (error) {
      void message.error(errorMessage(error));
      return false;
    }
  };

  return { run, pending: mutation.isPending };
}

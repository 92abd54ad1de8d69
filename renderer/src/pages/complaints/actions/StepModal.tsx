import type { ChannelName } from '../../../../../shared/contract/channels';
import { complaintQueries } from '../../../forms/complaintQueries';
import { StepModal as LedgerStepModal, type StepModalProps as LedgerStepModalProps } from '../../../forms/StepModal';

export type StepModalProps<K extends ChannelName, V> = Omit<LedgerStepModalProps<K, V>, 'invalidates'>;

/** A step of a complaint's process: every complaint read is refreshed after it saves. */
export function StepModal<K extends ChannelName, V>(props: StepModalProps<K, V>) {
  return <LedgerStepModal<K, V> invalidates={complaintQueries} {...props} />;
}

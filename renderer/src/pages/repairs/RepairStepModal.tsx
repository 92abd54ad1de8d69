import type { ChannelName } from '../../../../shared/contract/channels';
import { StepModal, type StepModalProps } from '../../forms/StepModal';
import { repairQueries } from './repairQueries';

export type RepairStepModalProps<K extends ChannelName, V> = Omit<StepModalProps<K, V>, 'invalidates'>;

/** A step of a repair or a call: the repair's and the call log's reads are refreshed after it saves. */
export function RepairStepModal<K extends ChannelName, V>(props: RepairStepModalProps<K, V>) {
  return <StepModal<K, V> invalidates={repairQueries} width={600} {...props} />;
}

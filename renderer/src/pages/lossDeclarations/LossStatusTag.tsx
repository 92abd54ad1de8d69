import { Tag } from 'antd';
import { lossDeclarationStatuses, lossOutcomes, type LossDeclarationStatus, type LossOutcome } from '../../../../shared/domain/lossDeclarations/lossDeclaration';

const colors: Record<LossDeclarationStatus, string> = { reported: 'orange', closed: 'green', voided: 'default' };

/** 挂失中 / the outcome once closed / 已作废. */
export function LossStatusTag({ status, outcome }: { status: LossDeclarationStatus; outcome: LossOutcome | null }) {
  return <Tag color={colors[status]}>{outcome ? lossOutcomes[outcome] : lossDeclarationStatuses[status]}</Tag>;
}

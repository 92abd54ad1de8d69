import { Alert, Modal, Skeleton } from 'antd';
import { useQuery } from '@tanstack/react-query';
import { call } from '../../../api/client';
import { RevisitAttempts, RevisitResultForm } from '../../revisits/revisitPages';
import type { StepProps } from './stepLabels';

/**
 * 回访 from the complaint's page opens the revisit ledger's form for the complaint's planned revisit: log an
 * unanswered try, or record the reached owner's answers; 不满意 reopens the case for another round.
 */
export function RevisitModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  const revisit = useQuery({
    queryKey: ['revisits.get', 'complaint', complaint.id],
    queryFn: () => call('revisits.start', { subjectKind: 'complaint', subjectId: complaint.id }, { fromQuery: true }),
    enabled: open,
  });
  return (
    <Modal title={`回访 · ${complaint.number}`} open={open} onCancel={onClose} footer={null} width={760} mask={{ closable: false }} destroyOnHidden>
      {revisit.isError && <Alert type="error" showIcon title={revisit.error.message} data-testid="step-refusal" />}
      {revisit.isPending && <Skeleton active />}
      {revisit.data && (
        <>
          <RevisitAttempts detail={revisit.data} />
          <div style={{ height: 16 }} />
          <RevisitResultForm
            detail={revisit.data}
            reopenNote={`业主不满意:保存后投诉将重新打开,进入第 ${complaint.round + 1} 轮处理,并通知经理。`}
            onDone={onClose}
          />
        </>
      )}
    </Modal>
  );
}

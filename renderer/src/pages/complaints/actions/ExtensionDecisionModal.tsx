import { Descriptions, Form, Input } from 'antd';
import type { DeadlineExtension } from '../../../../../shared/domain/complaints/complaintParts';
import { formatLocalDateTime } from '../../../forms/localTime';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels } from './stepLabels';

interface Props {
  /** The request and the decision the supervisor pressed, or null while closed. */
  deciding: { extension: DeadlineExtension; approve: boolean } | null;
  onClose: () => void;
}

/** 批准/不批准延期: a supervisor's decision with an optional comment; an approval moves the case's 期限. */
export function ExtensionDecisionModal({ deciding, onClose }: Props) {
  const extension = deciding?.extension;
  const approve = deciding?.approve ?? true;
  return (
    <StepModal<'complaints.decideExtension', { comment?: string }>
      open={deciding !== null}
      title={approve ? '批准延期' : '不批准延期'}
      channel="complaints.decideExtension"
      toInput={(values) => ({ extensionId: extension!.id, approve, comment: values.comment ?? null })}
      fields={['comment']}
      success={approve ? '已批准延期,期限已顺延' : '已不批准延期'}
      okText={approve ? '批准' : '不批准'}
      danger={!approve}
      onClose={onClose}
    >
      {extension && (
        <Descriptions
          size="small"
          column={1}
          style={{ marginBottom: 12 }}
          items={[
            { key: 'due', label: '期限', children: `${formatLocalDateTime(extension.previousDueAt)} → ${formatLocalDateTime(extension.requestedDueAt)}` },
            { key: 'reason', label: '原因', children: extension.reason },
            { key: 'interim', label: '临时处理措施', children: extension.interimMeasure },
            { key: 'by', label: '申请人', children: `${extension.requestedByName} ${formatLocalDateTime(extension.requestedAt)}` },
          ]}
        />
      )}
      <Form.Item name="comment" label={stepLabels.decisionComment}>
        <Input maxLength={200} autoFocus placeholder="选填" />
      </Form.Item>
    </StepModal>
  );
}

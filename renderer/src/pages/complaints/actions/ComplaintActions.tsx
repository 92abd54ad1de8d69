import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { complaintActions, type ComplaintAction } from '../../../../../shared/domain/complaints/complaintLifecycle';
import type { ComplaintStatus } from '../../../../../shared/domain/complaints/complaint';
import type { ComplaintDetail } from '../../../../../shared/domain/complaints/complaintRecords';
import type { PrintedForms } from '../../../hooks/usePrintedForm';
import { ArchiveModal } from './ArchiveModal';
import { CapaRequestModal } from './CapaRequestModal';
import { DispatchModal } from './DispatchModal';
import { EditModal } from './EditModal';
import { ExtensionModal } from './ExtensionModal';
import { HandlingModal } from './HandlingModal';
import { ReasonModal } from './ReasonModal';
import { ReplyModal } from './ReplyModal';
import { DisputeDecisionModal } from './DisputeDecisionModal';
import { ReviewModal } from './ReviewModal';
import { RevisitModal } from './RevisitModal';
import { SignedScanModal } from './SignedScanModal';

/** The step that moves the case on from each state, shown as the primary button; the rest are side steps. */
const forward: Partial<Record<ComplaintStatus, ComplaintAction>> = {
  accepted: 'dispatch',
  dispatched: 'recordHandling',
  inProgress: 'recordHandling',
  awaitingReview: 'review',
  awaitingRevisit: 'revisit',
  disputed: 'decideDispute',
  resolved: 'archive',
  invalid: 'archive',
};
const dangerous: readonly ComplaintAction[] = ['void'];

interface Props {
  detail: ComplaintDetail;
  print: PrintedForms['print'];
}

/**
 * A button for exactly the steps the main process says the signed-in person may take now (`detail.actions`),
 * each opening its dialog. After 派工 it offers to print the 派工单 for the assignee.
 */
export function ComplaintActions({ detail, print }: Props) {
  const { modal } = App.useApp();
  const [open, setOpen] = useState<ComplaintAction | null>(null);
  const close = () => setOpen(null);
  const primary = forward[detail.complaint.status];
  // Dispatching again while an order is open reassigns it (改派).
  const reassign = detail.workOrders.some((order) => order.status === 'issued' || order.status === 'collected');
  const step = (action: ComplaintAction) => ({ detail, open: open === action, onClose: close });

  if (detail.actions.length === 0) return null;
  return (
    <>
      <Space wrap data-testid="complaint-actions">
        {detail.actions.map((action) => (
          <Button
            key={action}
            type={action === primary ? 'primary' : 'default'}
            danger={dangerous.includes(action)}
            onClick={() => setOpen(action)}
          >
            {action === 'dispatch' && reassign ? '改派' : complaintActions[action].label}
          </Button>
        ))}
      </Space>
      <EditModal {...step('edit')} />
      <DispatchModal
        {...step('dispatch')}
        onDispatched={(order) =>
          void modal.confirm({
            title: `派工单 ${order.number} 已开出`,
            content: `接单人:${order.assigneeName}(${order.departmentName})。现在打印派工单交给接单人吗?`,
            okText: '打印派工单',
            cancelText: '稍后',
            onOk: () => print('workOrders.print', { id: order.id }),
          })
        }
      />
      <HandlingModal {...step('recordHandling')} />
      <ReviewModal {...step('review')} />
      <RevisitModal {...step('revisit')} />
      <ArchiveModal {...step('archive')} />
      <ReasonModal
        {...step('void')}
        channel="complaints.void"
        title="作废"
        warning="作废后投诉不再处理,记录保留并注明作废原因;进行中的派工单一并取消。"
        success="投诉已作废"
        danger
      />
      <ReplyModal {...step('reply')} />
      <ReasonModal
        {...step('dispute')}
        channel="complaints.dispute"
        title="提出异议"
        warning="责任部门对处理意见有异议的,提交上一级(经理)裁决;裁决前投诉暂停处理。"
        success="异议已提交上一级裁决"
      />
      <DisputeDecisionModal {...step('decideDispute')} />
      <ExtensionModal {...step('requestExtension')} />
      <CapaRequestModal {...step('requestCapa')} />
      <SignedScanModal {...step('attachSignedScan')} />
      <ReasonModal
        {...step('waiveSignedScan')}
        channel="complaints.waiveSignedScan"
        title="免交签字件"
        warning="免交后无需上传签字扫描件即可归档,原因记入处理记录。"
        success="已批准免交签字件"
      />
    </>
  );
}

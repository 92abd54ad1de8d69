import { Alert, Modal, Typography } from 'antd';
import type { ArchivePlan } from '../../../../shared/domain/archive/archivePlan';
import { OpenItemsList } from '../../components/OpenItemsList';

export type MonthCloseAsk = { label: string; plan: ArchivePlan | null; planError: string | null };

/** Asked once before 月结: what it freezes, and the month's complaints and repairs still open. */
export function MonthCloseConfirm({ ask, pending, onOk, onCancel }: { ask: MonthCloseAsk | null; pending: boolean; onOk: () => void; onCancel: () => void }) {
  return (
    <Modal
      title={ask ? `月结 ${ask.label}？` : '月结'}
      open={ask !== null}
      okText="确认月结"
      cancelText="取消"
      okButtonProps={{ loading: pending }}
      onOk={onOk}
      onCancel={onCancel}
      destroyOnHidden
    >
      {ask && (
        <div data-testid="month-close-confirm">
          <Typography.Paragraph>
            月结将冻结 {ask.label} 的统计报告（数字和名称），之后的修改不再改变这份报告；重新开放须经理批准并说明原因。
          </Typography.Paragraph>
          {ask.plan && <OpenItemsList plan={ask.plan} />}
          {ask.planError && <Alert type="warning" showIcon title={`未能查到本月未办结的事项：${ask.planError}`} />}
        </div>
      )}
    </Modal>
  );
}

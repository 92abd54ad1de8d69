import { LockOutlined, UnlockOutlined } from '@ant-design/icons';
import { App, Button, Input, Modal, Space, Tag } from 'antd';
import { useState } from 'react';
import type { StatisticsReport } from '../../../../shared/domain/statistics/statistics';
import { call, errorMessage } from '../../api/client';
import { MonthCloseConfirm, type MonthCloseAsk } from './MonthCloseConfirm';
import { useCurrentStaff } from '../../auth/currentStaff';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { mayApprove } from '../../../../shared/domain/approvals/approvals';

/**
 * 月结 freezes the month's report, after a confirmation naming the month's open items; 重新开放 needs a reason and
 * is audited; who may do either is the 审批权限 table's.
 */
export function MonthClosing({ report }: { report: StatisticsReport }) {
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const approvals = useChannelQuery('approvals.get', {}).data;
  const may = (kind: 'monthClose' | 'monthReopen') => approvals !== undefined && mayApprove(approvals, kind, staff.role);
  const close = useChannelMutation('statistics.closeMonth');
  const reopen = useChannelMutation('statistics.reopenMonth');
  const [reason, setReason] = useState('');
  const [asking, setAsking] = useState(false);
  const [closing, setClosing] = useState<MonthCloseAsk | null>(null);
  const [planning, setPlanning] = useState(false);
  const month = report.period.from;
  if (report.period.from !== report.period.to) return null;
  const run = async (work: () => Promise<unknown>, done: string) => {
    try {
      await work();
      message.success(done);
    } catch (error) {
      message.error(errorMessage(error));
    }
  };
  const askClose = async () => {
    setPlanning(true);
    try {
      setClosing({ label: report.period.label, plan: await call('archive.plan', { period: { month } }), planError: null });
    } catch (error) {
      setClosing({ label: report.period.label, plan: null, planError: errorMessage(error) });
    } finally {
      setPlanning(false);
    }
  };
  return (
    <Space>
      {report.closed ? (
        <Tag color="blue" icon={<LockOutlined />} data-testid="month-closed">
          已月结({report.closed.closedByName})
        </Tag>
      ) : (
        <Tag>未月结</Tag>
      )}
      {!report.closed && may('monthClose') && (
        <Button icon={<LockOutlined />} loading={close.isPending || planning} onClick={() => void askClose()} data-testid="month-close">
          月结
        </Button>
      )}
      {report.closed && may('monthReopen') && (
        <Button icon={<UnlockOutlined />} onClick={() => setAsking(true)}>
          重新开放
        </Button>
      )}
      <MonthCloseConfirm
        ask={closing}
        pending={close.isPending}
        onCancel={() => setClosing(null)}
        onOk={() => void run(() => close.mutateAsync({ month }), '已月结,本月报告已冻结').then(() => setClosing(null))}
      />
      <Modal
        title={`重新开放 ${report.period.label}`}
        open={asking}
        okText="重新开放"
        okButtonProps={{ danger: true, disabled: reason.trim().length < 2, loading: reopen.isPending }}
        onCancel={() => setAsking(false)}
        onOk={() => void run(() => reopen.mutateAsync({ month, reason }), '已重新开放').then(() => setAsking(false))}
      >
        <Input.TextArea value={reason} onChange={(event) => setReason(event.target.value)} placeholder="重新开放的原因(记入修改记录)" maxLength={200} autoFocus />
      </Modal>
    </Space>
  );
}

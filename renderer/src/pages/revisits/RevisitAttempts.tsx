import { App, Button, Input, Space, Table } from 'antd';
import { useState } from 'react';
import { revisitAttemptOutcomes } from '../../../../shared/domain/revisits/revisit';
import type { RevisitAttempt, RevisitDetail } from '../../../../shared/domain/revisits/revisitRecords';
import { errorMessage } from '../../api/client';
import { useChannelMutation } from '../../api/queries';
import { formatLocalDateTime, toLocalDateTime } from '../../forms/localTime';
import { officeNow } from '../../forms/officeNow';

/** 联系记录: every try with its time and who; 无人接听 / 约定稍后回电 are one click each while the revisit is open. */
export function RevisitAttempts({ detail, onLogged }: { detail: RevisitDetail; onLogged?: (detail: RevisitDetail) => void }) {
  const { message } = App.useApp();
  const log = useChannelMutation('revisits.logAttempt');
  const [note, setNote] = useState('');
  const open = detail.revisit.status === 'planned';
  const logAttempt = async (outcome: 'noAnswer' | 'callBack') => {
    try {
      const saved = await log.mutateAsync({ id: detail.revisit.id, outcome, attemptedAt: toLocalDateTime(officeNow()), note: note || null });
      setNote('');
      void message.success(`已登记:${revisitAttemptOutcomes[outcome]}`);
      onLogged?.(saved);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Space direction="vertical" style={{ width: '100%' }}>
      <Table<RevisitAttempt>
        size="small"
        rowKey="id"
        data-testid="revisit-attempts"
        dataSource={detail.attempts}
        pagination={false}
        locale={{ emptyText: '还没有联系过业户' }}
        columns={[
          { title: '时间', dataIndex: 'attemptedAt', width: 150, render: formatLocalDateTime },
          { title: '联系人', dataIndex: 'staffName', width: 90 },
          { title: '结果', dataIndex: 'outcome', width: 120, render: (outcome: RevisitAttempt['outcome']) => revisitAttemptOutcomes[outcome] },
          { title: '备注', dataIndex: 'note' },
        ]}
      />
      {open && (
        <Space wrap>
          <Input placeholder="备注(如约定的回电时间)" value={note} onChange={(event) => setNote(event.target.value)} maxLength={200} style={{ width: 260 }} aria-label="联系备注" />
          <Button onClick={() => void logAttempt('noAnswer')} loading={log.isPending} data-testid="attempt-noAnswer">
            无人接听
          </Button>
          <Button onClick={() => void logAttempt('callBack')} loading={log.isPending} data-testid="attempt-callBack">
            约定稍后回电
          </Button>
        </Space>
      )}
    </Space>
  );
}

import { App, Button, Space } from 'antd';
import { useState } from 'react';
import { repairActions, type RepairAction } from '../../../../shared/domain/repairs/repair';
import type { RepairDetail } from '../../../../shared/domain/repairs/repairRecords';
import { call, errorMessage } from '../../api/client';
import { RepairDispatchModal } from './modals/RepairDispatchModal';
import { RepairCompleteModal } from './modals/RepairCompleteModal';
import { RepairReasonTimeModal } from './modals/RepairReasonTimeModal';
import { RepairVoidModal } from './modals/RepairVoidModal';
import { StartRevisitButton } from '../revisits/revisitPages';

/** Steps with nothing to fill in: the button is the step. */
const direct = { collect: 'repairs.collect', arrive: 'repairs.arrive' } as const;

/** The steps the signed-in person may take now, from the lifecycle table; each opens its dialog or just happens. */
export function RepairActions({ detail }: { detail: RepairDetail }) {
  const { message } = App.useApp();
  const [open, setOpen] = useState<RepairAction | null>(null);
  const [busy, setBusy] = useState(false);
  const { repair } = detail;

  const run = async (action: keyof typeof direct) => {
    setBusy(true);
    try {
      await call(direct[action], { id: repair.id });
      void message.success(`已${repairActions[action].label}`);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };

  const close = () => setOpen(null);
  return (
    <>
      <Space wrap data-testid="repair-actions">
        {detail.actions.map((action) => (
          <Button
            key={action}
            type={action === 'void' ? 'default' : 'primary'}
            danger={action === 'void'}
            ghost={action === 'agreeTime' || action === 'approveOverrun'}
            loading={busy && action in direct}
            onClick={() => (action in direct ? void run(action as keyof typeof direct) : setOpen(action))}
          >
            {action === 'dispatch' && repair.status !== 'accepted' ? '改派' : repairActions[action].label}
          </Button>
        ))}
        {repair.status === 'awaitingRevisit' && <StartRevisitButton subjectKind="repair" subjectId={repair.id} />}
      </Space>
      <RepairDispatchModal open={open === 'dispatch'} repair={repair} onClose={close} />
      <RepairCompleteModal open={open === 'complete'} repair={repair} onClose={close} />
      <RepairReasonTimeModal open={open === 'agreeTime'} kind="agreeTime" repair={repair} onClose={close} />
      <RepairReasonTimeModal open={open === 'approveOverrun'} kind="approveOverrun" repair={repair} onClose={close} />
      <RepairVoidModal open={open === 'void'} repair={repair} onClose={close} />
    </>
  );
}

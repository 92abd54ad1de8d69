import { Modal } from 'antd';
import type { Blocker } from 'react-router-dom';

/** Asked when the clerk leaves a form with changes not saved; the draft is kept either way. */
export function LeaveGuard({ blocker, label }: { blocker: Blocker; label: string }) {
  return (
    <Modal
      open={blocker.state === 'blocked'}
      title={`「${label}」还没有保存`}
      okText="离开,保留草稿"
      cancelText="留下继续填写"
      onOk={() => blocker.proceed?.()}
      onCancel={() => blocker.reset?.()}
      data-testid="leave-guard"
    >
      离开后,已填写的内容作为草稿保留,回到这里时可以恢复。
    </Modal>
  );
}

import { Modal, Typography } from 'antd';
import type { SignInResult } from '../../../shared/domain/auth/authRecords';

/** Shown once to a manager signing in: whose passwords were typed wrong since a manager last saw it (a guess?). */
export function FailedSignInsNotice({ failures, onClose }: { failures: SignInResult['failedSignIns']; onClose: () => void }) {
  return (
    <Modal open title="有账号登录时密码错误" onOk={onClose} onCancel={onClose} okText="知道了" cancelButtonProps={{ style: { display: 'none' } }}>
      <Typography.Paragraph>以下账号最近有人输错密码;如果不是本人所为,请为该账号重设密码(每次错误都记在数据校验的历史中)。</Typography.Paragraph>
      {failures.map((failure) => (
        <div key={failure.staffName} style={{ padding: '4px 0' }}>
          {failure.staffName}:错误 {failure.count} 次,最近一次 {failure.lastAt.replace('T', ' ').slice(0, 16)}
        </div>
      ))}
    </Modal>
  );
}

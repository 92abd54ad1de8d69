import { Form, InputNumber, Modal, Typography } from 'antd';
import type { BackupSettings } from '../../../../shared/domain/backup/backup';
import { FolderInput } from '../../components/FolderInput';
import { useSaveForm } from '../../forms/useSaveForm';

interface Props {
  open: boolean;
  settings: BackupSettings;
  onClose: () => void;
}

/** 备份设置: how many automatic backups are kept, and a second folder every backup is copied to. */
export function BackupSettingsModal({ open, settings, onClose }: Props) {
  const [form] = Form.useForm<BackupSettings>();
  const { submit, pending } = useSaveForm({
    channel: 'backup.saveSettings',
    form,
    toInput: (values) => ({ ...values, secondFolder: values.secondFolder?.trim() || null }),
    success: '备份设置已保存',
    fields: ['keepDaily', 'keepWeekly', 'keepMonthly', 'secondFolder'],
    onDone: onClose,
  });
  const count = (name: keyof BackupSettings, label: string, unit: string, min: number, max: number) => (
    <Form.Item name={name} label={label} rules={[{ required: true, message: `请填写${label}` }]}>
      <InputNumber min={min} max={max} precision={0} suffix={unit} style={{ width: 160 }} data-testid={`backup-${name}`} />
    </Form.Item>
  );

  return (
    <Modal title="备份设置" open={open} onOk={() => void submit()} onCancel={onClose} okText="保存" confirmLoading={pending} destroyOnHidden>
      <Form<BackupSettings> form={form} name="backupSettings" layout="vertical" preserve={false} initialValues={settings} onFinish={() => void submit()}>
        <Typography.Paragraph type="secondary">每天第一次启动时自动备份。较早的自动备份按下面的数量保留每天、每周、每月最新的一份;手动、升级前和恢复前的备份不会被删除。</Typography.Paragraph>
        {count('keepDaily', '保留每日备份', '天', 1, 60)}
        {count('keepWeekly', '保留每周备份', '周', 0, 52)}
        {count('keepMonthly', '保留每月备份', '个月', 0, 120)}
        <Form.Item name="secondFolder" label="第二位置(可不填)" extra="每份备份再复制一份到这里,例如另一块磁盘或U盘;保存时会试写一次。">
          <FolderInput purpose="backupSecondFolder" placeholder="例如 D:\\台账备份" data-testid="backup-secondFolder" />
        </Form.Item>
      </Form>
    </Modal>
  );
}

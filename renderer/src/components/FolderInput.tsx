import { App, Button, Input, Space } from 'antd';
import { FolderOpenOutlined } from '@ant-design/icons';
import { call, errorMessage } from '../api/client';
import { useAppInfo } from '../api/queries';
import type { FolderPurpose } from '../../../shared/domain/folderChoice';

interface Props {
  value?: string | null;
  onChange?: (value: string) => void;
  purpose: FolderPurpose;
  placeholder?: string;
  disabled?: boolean;
  'data-testid'?: string;
}

/**
 * A folder typed as a path, with the system's folder picker beside it in the desktop app (the main process opens
 * it; the page never touches the disk). Works as a form control (value / onChange).
 */
export function FolderInput({ value, onChange, purpose, placeholder, disabled, 'data-testid': testId }: Props) {
  const info = useAppInfo();
  const { message } = App.useApp();
  const choose = async () => {
    try {
      const folder = await call('files.chooseFolder', { purpose });
      if (folder) onChange?.(folder);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Space.Compact style={{ width: '100%' }}>
      <Input
        value={value ?? ''}
        onChange={(event) => onChange?.(event.target.value)}
        placeholder={placeholder ?? '例如 E:\\ 或 /media/usb'}
        disabled={disabled}
        data-testid={testId}
      />
      {info.data?.folderDialog && (
        <Button icon={<FolderOpenOutlined />} onClick={() => void choose()} disabled={disabled}>
          选择…
        </Button>
      )}
    </Space.Compact>
  );
}

import { FileExcelOutlined } from '@ant-design/icons';
import { App, Button, Checkbox, Popover, Space } from 'antd';
import { useState } from 'react';
import type { ExportedFile } from '../../../shared/domain/statistics/statistics';
import { errorMessage } from '../api/client';
import { useCurrentStaff } from '../auth/currentStaff';
import { deliverExportedFile } from './exportedFile';

interface Props {
  /** Export the list as it is filtered now; `full` asks for unmasked personal data. */
  run: (full: boolean) => Promise<ExportedFile>;
  label?: string;
}

/** 导出 Excel for any list: masked by default; a supervisor may tick 含完整电话和姓名. */
export function ExportButton({ run, label = '导出 Excel' }: Props) {
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const [full, setFull] = useState(false);
  const [busy, setBusy] = useState(false);
  const start = async () => {
    setBusy(true);
    try {
      const text = deliverExportedFile(await run(full));
      if (text) message.success(text);
    } catch (error) {
      message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const button = (
    <Button icon={<FileExcelOutlined />} loading={busy} onClick={() => void start()} data-testid="export-xlsx">
      {label}
    </Button>
  );
  if (!staff.allows('supervisor')) return button;
  return (
    <Space size={4}>
      {button}
      <Popover content="默认隐去电话中间四位和姓名;勾选后导出完整信息,请妥善保管文件">
        <Checkbox checked={full} onChange={(event) => setFull(event.target.checked)}>
          含完整个人信息
        </Checkbox>
      </Popover>
    </Space>
  );
}

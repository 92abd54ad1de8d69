import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { App, Button, Space } from 'antd';
import { useRef, useState } from 'react';
import { call, errorMessage } from '../../../api/client';
import { deliverExportedFile } from '../../../components/exportedFile';
import { readFileAsBase64 } from '../../../forms/fileContent';

/** 经验库 out to Excel (anyone) and in from head office's workbook (a supervisor): the same columns both ways. */
export function ExchangeButtons({ canImport }: { canImport: boolean }) {
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const run = async (work: () => Promise<string | null>) => {
    setBusy(true);
    try {
      const text = await work();
      if (text) void message.success(text);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setBusy(false);
    }
  };
  const importFile = (file: File) =>
    run(async () => {
      const report = await call('experience.import', { fileName: file.name, contentBase64: await readFileAsBase64(file) });
      return `已导入:新增 ${report.added} 条,修改 ${report.updated} 条,未变 ${report.unchanged} 条`;
    });
  return (
    <Space style={{ marginBottom: 12, marginLeft: 8 }}>
      <Button icon={<DownloadOutlined />} loading={busy} onClick={() => void run(async () => deliverExportedFile(await call('experience.export', {})))}>
        导出 Excel
      </Button>
      {canImport && (
        <>
          <Button icon={<UploadOutlined />} loading={busy} onClick={() => input.current?.click()}>
            导入 Excel
          </Button>
          <input
            ref={input}
            type="file"
            accept=".xlsx"
            hidden
            aria-label="导入经验库"
            onChange={(event) => {
              const file = event.target.files?.[0];
              event.target.value = '';
              if (file) void importFile(file);
            }}
          />
        </>
      )}
    </Space>
  );
}

import { useState } from 'react';
import { Alert, App, Button, Card, Select, Space, Typography, Upload } from 'antd';
import { DownloadOutlined, UploadOutlined } from '@ant-design/icons';
import { useChannelMutation, useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { deliverExportedFile } from '../../components/exportedFile';
import { readFileAsBase64 } from '../../forms/fileContent';
import type { ImportFileInfo } from '../../../../shared/domain/imports/dataImport';
import { ImportMapping } from './ImportMapping';
import { ImportJobCard } from './ImportJobCard';
import { PageTitle } from '../../components/PageTitle';

/**
 * 导入旧台账, in the order an office goes: choose what the file holds (房屋与业主 first), pick the file, check the
 * columns' match, 试导入 (nothing is written) until no row is faulty, then 导入 — all of it or nothing.
 */
export function ImportPage() {
  const { message } = App.useApp();
  const kinds = useChannelQuery('imports.kinds', {});
  const [kind, setKind] = useState<string>('rooms');
  const [file, setFile] = useState<ImportFileInfo | null>(null);
  const [jobId, setJobId] = useState<string | null>(null);
  const template = useChannelMutation('imports.template');
  const upload = useChannelMutation('imports.upload');
  const open = useChannelMutation('imports.open');
  const info = kinds.data?.find((candidate) => candidate.kind === kind);

  const pick = async (picked: File) => {
    setFile(null);
    setJobId(null);
    const uploaded = await upload.mutateAsync({ fileName: picked.name, contentBase64: await readFileAsBase64(picked) });
    setFile(await open.mutateAsync({ fileId: uploaded.fileId, kind }));
  };
  const reopen = async (sheet: string | null, headerRow: number | null) => {
    if (!file) return;
    setJobId(null);
    setFile(await open.mutateAsync({ fileId: file.fileId, kind, sheet, headerRow }));
  };
  const error = kinds.error ?? upload.error ?? open.error ?? template.error;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="import-page">
      <Card size="small" title={<PageTitle>导入旧台账</PageTitle>}>
        <Space orientation="vertical" style={{ width: '100%' }}>
          <Typography.Text type="secondary">
            先导入房屋与业主,再导入各台账(记录中的房号须已登记)。试导入只检查不写入;全部行无误后才能导入,一个文件整份导入或整份不导入,同一文件或同一原编号不会重复导入。
          </Typography.Text>
          <Space wrap>
            <Select
              aria-label="导入的台账"
              style={{ width: 220 }}
              value={kind}
              loading={kinds.isLoading}
              options={kinds.data?.map((candidate) => ({ value: candidate.kind, label: candidate.label }))}
              onChange={(value) => {
                setKind(value);
                setFile(null);
                setJobId(null);
              }}
              data-testid="import-kind"
            />
            <Button
              icon={<DownloadOutlined />}
              loading={template.isPending}
              onClick={() => template.mutate({ kind }, { onSuccess: (exported) => { const note = deliverExportedFile(exported); if (note) void message.success(note); } })}
              data-testid="import-template"
            >
              下载{info?.label ?? ''}导入模板
            </Button>
            <Upload
              accept=".xlsx,.csv"
              showUploadList={false}
              beforeUpload={(picked) => {
                pick(picked).catch(() => undefined);
                return Upload.LIST_IGNORE;
              }}
            >
              <Button type="primary" icon={<UploadOutlined />} loading={upload.isPending || open.isPending} data-testid="import-pick">
                选择 Excel 或 CSV 文件
              </Button>
            </Upload>
          </Space>
          {error && <Alert type="error" showIcon title={errorMessage(error)} data-testid="import-error" />}
        </Space>
      </Card>
      {file && info && (
        <ImportMapping
          key={`${file.fileId}/${file.sheet}/${file.headerRow}`}
          file={file}
          kind={info}
          onReopen={(sheet, headerRow) => void reopen(sheet, headerRow).catch(() => undefined)}
          onChecked={setJobId}
        />
      )}
      {jobId && <ImportJobCard key={jobId} jobId={jobId} />}
    </Space>
  );
}

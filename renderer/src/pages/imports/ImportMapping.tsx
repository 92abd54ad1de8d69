import { useState } from 'react';
import { Alert, Button, Card, InputNumber, Select, Space, Table, Tag, Typography } from 'antd';
import { useChannelMutation } from '../../api/queries';
import { errorMessage } from '../../api/client';
import type { ImportFileInfo, ImportKindInfo, ImportMapping as Mapping } from '../../../../shared/domain/imports/dataImport';

interface Props {
  file: ImportFileInfo;
  kind: ImportKindInfo;
  onReopen: (sheet: string | null, headerRow: number | null) => void;
  onChecked: (jobId: string) => void;
}

/** Which column of the file feeds each field, as matched by the headers; the user corrects it before 试导入. */
export function ImportMapping({ file, kind, onReopen, onChecked }: Props) {
  const [mapping, setMapping] = useState<Mapping>(file.mapping);
  const check = useChannelMutation('imports.check');
  const columnOptions = [{ value: -1, label: '(不导入)' }, ...file.headers.map((header) => ({ value: header.index, label: `${header.letter} 列:${header.text}` }))];
  const missing = kind.fields.filter((field) => field.required && (mapping[field.key] ?? null) === null);

  return (
    <Card size="small" title={`对应各列:${file.fileName}`} data-testid="import-mapping">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Space wrap>
          {file.sheets.length > 1 && (
            <Select aria-label="工作表" style={{ width: 200 }} value={file.sheet} options={file.sheets.map((sheet) => ({ value: sheet, label: `工作表:${sheet}` }))} onChange={(sheet) => onReopen(sheet, null)} data-testid="import-sheet" />
          )}
          <span>
            表头在第 <InputNumber aria-label="表头所在行" min={1} max={50} value={file.headerRow} onChange={(row) => row && onReopen(file.sheet, row)} data-testid="import-header-row" /> 行
          </span>
          <Typography.Text type="secondary" data-testid="import-row-count">
            表头下共 {file.rowCount} 行
          </Typography.Text>
        </Space>
        <Table
          size="small"
          pagination={false}
          rowKey="key"
          dataSource={kind.fields}
          columns={[
            { title: '台账中的项', render: (_, field) => <span>{field.required ? <Typography.Text type="danger">* </Typography.Text> : null}{field.label}</span> },
            {
              title: '文件中的列',
              render: (_, field) => (
                <Select
                  aria-label={`${field.label}所在的列`}
                  style={{ width: 240 }}
                  value={mapping[field.key] ?? -1}
                  options={columnOptions}
                  onChange={(index: number) => setMapping({ ...mapping, [field.key]: index < 0 ? null : index })}
                  data-testid={`import-map-${field.key}`}
                />
              ),
            },
            {
              title: '说明',
              render: (_, field) => (
                <span>
                  {field.hint}
                  {field.whenEmpty && (mapping[field.key] ?? null) === null && <Tag style={{ marginLeft: 8 }}>未对应时按“{field.whenEmpty}”</Tag>}
                </span>
              ),
            },
          ]}
        />
        {file.sample.length > 0 && (
          <Table
            size="small"
            pagination={false}
            rowKey={(_, index) => String(index)}
            dataSource={file.sample.map((row) => Object.fromEntries(row.map((cell, index) => [String(index), cell])))}
            columns={file.headers.map((header) => ({ title: header.text, dataIndex: String(header.index) }))}
            title={() => '前几行数据'}
          />
        )}
        {missing.length > 0 && <Alert type="warning" showIcon title={`请为必填的“${missing.map((field) => field.label).join('”“')}”选择文件中的列`} />}
        {check.error && <Alert type="error" showIcon title={errorMessage(check.error)} />}
        <Button
          type="primary"
          disabled={missing.length > 0}
          loading={check.isPending}
          onClick={() => check.mutate({ fileId: file.fileId, kind: kind.kind, sheet: file.sheet, headerRow: file.headerRow, mapping }, { onSuccess: (job) => onChecked(job.jobId) })}
          data-testid="import-check"
        >
          试导入(只检查,不写入)
        </Button>
      </Space>
    </Card>
  );
}

import { Alert, Card, Descriptions, Space, Spin, Table, Tag, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { BackTitle } from '../../components/BackTitle';
import type { HeadOfficeHistoryRow, HeadOfficeRecordVersion } from '../../../../shared/domain/headOffice/headOffice';
import { HeadOfficeFileButton } from './HeadOfficeFileButton';

const time = (value: string | null) => value?.replace('T', ' ') ?? '';

/** An imported record, read-only: its fields, its whole history, and every version head office holds with its files. */
export function HeadOfficeRecordPage() {
  const { officeCode = '', ledger = '', recordKey = '' } = useParams();
  const record = useChannelQuery('headOffice.record', { officeCode, ledger, key: recordKey });
  if (record.error) return <Alert type="error" showIcon title={errorMessage(record.error)} />;
  if (!record.data) return <Spin />;
  const detail = record.data;
  const current = detail.versions.find((version) => version.current) ?? detail.versions[0]!;
  const form = current.files.find((file) => file.role === 'print');

  return (
    <Space orientation="vertical" style={{ width: '100%' }} data-testid="head-office-record">
      <BackTitle fallback="/head-office">
        <Typography.Title level={1} style={{ margin: 0, fontSize: 20 }}>
          {detail.officeName} · {detail.ledgerLabel} {detail.key}
        </Typography.Title>
        <Tag>第 {detail.revision} 版</Tag>
        {detail.headline.status && <Tag color="blue">{detail.headline.status}</Tag>}
        {form && <HeadOfficeFileButton file={form} label="查看打印件" />}
      </BackTitle>
      {!detail.fullData && <Typography.Text type="secondary">电话和身份证号已隐去部分数字(归档未含完整个人信息)。</Typography.Text>}
      <Card size="small" title="登记内容(当前版本)">
        <Descriptions size="small" bordered column={2} items={detail.fields.map((field, index) => ({ key: index, label: field.name, children: field.value }))} />
        {detail.parts.some((part) => part.count > 0) && (
          <Typography.Paragraph type="secondary" style={{ marginTop: 8, marginBottom: 0 }}>
            附带:{detail.parts.filter((part) => part.count > 0).map((part) => `${part.name} ${part.count} 项`).join(',')}
          </Typography.Paragraph>
        )}
      </Card>
      <Card size="small" title="各版本及其打印件、附件" data-testid="head-office-versions">
        <Table<HeadOfficeRecordVersion>
          size="small"
          rowKey={(version) => `${version.revision}-${version.historyCount}-${version.importedAt}`}
          pagination={false}
          dataSource={detail.versions}
          expandable={{
            expandedRowRender: (version) => (
              <Descriptions size="small" bordered column={2} items={version.fields.map((field, index) => ({ key: index, label: field.name, children: field.value }))} />
            ),
            rowExpandable: (version) => !version.current,
          }}
          columns={[
            { title: '版本', key: 'revision', render: (_: unknown, version) => <Space>{`第 ${version.revision} 版`}{version.current && <Tag color="green">当前</Tag>}</Space> },
            { title: '修改记录', dataIndex: 'historyCount', render: (count: number) => `${count} 条` },
            { title: '归档', key: 'archive', render: (_: unknown, version) => `${version.period}(${version.archiveFile})` },
            { title: '导入时间', dataIndex: 'importedAt', render: time },
            {
              title: '文件',
              key: 'files',
              render: (_: unknown, version) => (
                <Space wrap>
                  {version.files.map((file) => (
                    <HeadOfficeFileButton key={`${file.role}-${file.sha256}-${file.name}`} file={file} label={file.role === 'print' ? `打印件 ${file.name.split('/').at(-1)}` : `附件 ${file.name}`} />
                  ))}
                  {version.files.length === 0 && <Typography.Text type="secondary">无</Typography.Text>}
                </Space>
              ),
            },
          ]}
        />
      </Card>
      <Card size="small" title="修改记录(全部)" data-testid="head-office-history">
        <Table<HeadOfficeHistoryRow>
          size="small"
          rowKey={(_, index) => String(index)}
          pagination={false}
          dataSource={detail.history}
          columns={[
            { title: '时间', dataIndex: 'at', render: time, width: 160 },
            { title: '操作人', dataIndex: 'staffName', width: 100 },
            { title: '操作', dataIndex: 'action', width: 120 },
            { title: '内容', dataIndex: 'summary' },
            { title: '版本', dataIndex: 'revision', width: 70 },
            { title: '原因', dataIndex: 'reason' },
          ]}
        />
      </Card>
    </Space>
  );
}

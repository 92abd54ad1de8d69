import { keepPreviousData } from '@tanstack/react-query';
import { useState } from 'react';
import { Alert, Card, Select, Space, Table, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { useKeysetCursors } from '../../hooks/useKeysetCursors';
import type { HeadOfficeRecord } from '../../../../shared/domain/headOffice/headOffice';
import { headOfficeRecordPath } from './headOfficePaths';
import { PageTitle } from '../../components/PageTitle';
import { useCurrentStaff } from '../../auth/currentStaff';
import { HeadOfficeStoreCard } from './HeadOfficeStoreCard';

/** 各管理处记录: every imported office with its counts, and their records read-only, filtered by office and ledger. */
export function HeadOfficePage() {
  const [officeCode, setOfficeCode] = useState<string | undefined>(undefined);
  const [ledger, setLedger] = useState<string | undefined>(undefined);
  const [page, setPage] = useState(1);
  const filter = { ...(officeCode ? { officeCode } : {}), ...(ledger ? { ledger } : {}), pageSize: 20 };
  const cursors = useKeysetCursors(JSON.stringify(filter));
  const staff = useCurrentStaff();
  // Right after head office is set up, the manager first chooses where its records live (SQLite unless told).
  const chooses = staff.allows('manager');
  const store = useChannelQuery('headOffice.storeInfo', {}, { enabled: chooses });
  const offices = useChannelQuery('headOffice.offices', {});
  const records = useChannelQuery('headOffice.records', { ...filter, page, after: cursors.cursorFor(page) }, { placeholderData: keepPreviousData });
  if (records.data && !records.isPlaceholderData) cursors.remember(records.data.page, records.data.next);
  const ledgers = [...new Set((offices.data ?? []).flatMap((office) => Object.keys(office.counts)))];
  const labels: Record<string, string> = Object.assign({}, ...(offices.data ?? []).map((office) => office.ledgerLabels));
  const failure = offices.error ?? records.error;

  return (
    <Space orientation="vertical" style={{ width: '100%' }}>
      {failure && <Alert type="error" showIcon title={errorMessage(failure)} />}
      {chooses && store.data?.chosen === false && <HeadOfficeStoreCard firstTime />}
      <Card size="small" title={<><PageTitle readerOnly>各管理处记录</PageTitle>各管理处(已导入的归档)</>} data-testid="head-office-offices">
        <Table
          size="small"
          rowKey="code"
          pagination={false}
          dataSource={offices.data ?? []}
          locale={{ emptyText: '还没有导入归档:请在“导入归档”中选择各管理处交来的归档文件' }}
          columns={[
            { title: '代码', dataIndex: 'code' },
            { title: '管理处', dataIndex: 'name' },
            ...ledgers.map((name) => ({ title: labels[name] ?? name, key: name, render: (_: unknown, office: { counts: Record<string, number> }) => office.counts[name] ?? 0 })),
            { title: '最近导入', dataIndex: 'lastImportAt', render: (value: string) => value.replace('T', ' ') },
          ]}
        />
      </Card>
      <Card
        size="small"
        title="记录(只读)"
        data-testid="head-office-records"
        extra={
          <Space>
            <Select
              aria-label="台账"
              allowClear
              placeholder="全部台账"
              style={{ width: 140 }}
              value={ledger}
              onChange={(value: string | undefined) => (setLedger(value), setPage(1))}
              options={ledgers.map((name) => ({ value: name, label: labels[name] ?? name }))}
              data-testid="head-office-ledger-filter"
            />
            <Select
              aria-label="管理处"
              allowClear
              placeholder="全部管理处"
              style={{ width: 220 }}
              value={officeCode}
              onChange={(value: string | undefined) => (setOfficeCode(value), setPage(1))}
              options={(offices.data ?? []).map((office) => ({ value: office.code, label: `${office.name}(${office.code})` }))}
              data-testid="head-office-filter"
            />
          </Space>
        }
      >
        <Table<HeadOfficeRecord>
          size="small"
          rowKey={(record) => `${record.officeCode}/${record.ledger}/${record.key}`}
          loading={records.isFetching}
          dataSource={records.data?.items ?? []}
          pagination={{
            current: page,
            pageSize: 20,
            total: records.data?.total ?? 0,
            onChange: setPage,
            showSizeChanger: false,
            showTotal: (total) => (records.data?.totalIsLowerBound ? `${total} 条以上` : `共 ${total} 条`),
          }}
          columns={[
            { title: '管理处', dataIndex: 'officeName' },
            { title: '台账', dataIndex: 'ledgerLabel' },
            { title: '状态', dataIndex: 'status' },
            { title: '编号', dataIndex: 'key', render: (key: string, record) => <Link to={headOfficeRecordPath(record)}>{key}</Link> },
            { title: '时间', dataIndex: 'at', render: (value: string | null) => value?.replace('T', ' ') ?? '' },
            { title: '内容', dataIndex: 'summary' },
            { title: '版本', key: 'versions', render: (_: unknown, record) => (record.versions > 1 ? <Tag>{`${record.versions} 个版本`}</Tag> : `第 ${record.revision} 版`) },
          ]}
        />
      </Card>
    </Space>
  );
}

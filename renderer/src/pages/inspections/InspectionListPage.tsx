import { keepPreviousData } from '@tanstack/react-query';
import { Card, Select, Space, Table } from 'antd';
import { ExportButton } from '../../components/ExportButton';
import { call } from '../../api/client';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { inspectionOutcomes, type InspectionListItem, type InspectionOutcome } from '../../../../shared/domain/inspections/inspection';
import { useChannelQuery } from '../../api/queries';
import { CommitOnPauseInput } from '../../components/CommitOnPauseInput';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { inspectionColumns, inspectionRowClass } from './inspectionColumns';
import { PageTitle } from '../../components/PageTitle';

/** 巡查记录台账: every on-site check, newest first; new ones are logged from their complaint's page. */
export function InspectionListPage() {
  const navigate = useNavigate();
  const [q, setQ] = useState<string>();
  const [outcome, setOutcome] = useState<InspectionOutcome>();
  const [paging, setPaging] = useState({ page: 1, pageSize: 20 });
  const list = useChannelQuery('inspections.list', { q, outcome, ...paging }, { placeholderData: keepPreviousData });
  return (
    <Card title={<PageTitle>巡查记录</PageTitle>} size="small" extra={<ExportButton run={(fullData) => call('inspections.export', { q: q ?? null, outcome: outcome ?? null, fullData })} />}>
      <Space wrap style={{ marginBottom: 12 }}>
        <Select
          allowClear
          placeholder="全部巡查结果"
          aria-label="按巡查结果筛选"
          value={outcome}
          onChange={(value?: InspectionOutcome) => {
            setOutcome(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          options={Object.entries(inspectionOutcomes).map(([value, label]) => ({ value, label }))}
          style={{ width: 160 }}
        />
        <CommitOnPauseInput
          value={q}
          onCommit={(value) => {
            setQ(value);
            setPaging((current) => ({ ...current, page: 1 }));
          }}
          placeholder="搜索编号、房号、地点、巡查情况"
          aria-label="搜索巡查记录"
          style={{ width: 280 }}
        />
      </Space>
      {list.isError && <QueryErrorAlert error={list.error} onRetry={() => void list.refetch()} />}
      <Table<InspectionListItem>
        size="small"
        rowKey="id"
        columns={inspectionColumns(true)}
        dataSource={list.data?.items ?? []}
        loading={list.isFetching}
        rowClassName={inspectionRowClass}
        onRow={(row) => ({ onClick: () => navigate(`/inspections/${row.id}`) })}
        pagination={{
          current: paging.page,
          pageSize: paging.pageSize,
          total: list.data?.total ?? 0,
          showTotal: (total) => `共 ${total} 条`,
          onChange: (page, pageSize) => setPaging({ page: pageSize === paging.pageSize ? page : 1, pageSize }),
        }}
        locale={{ emptyText: '还没有巡查记录:在投诉详情页点“登记巡查”' }}
        data-testid="inspection-table"
      />
    </Card>
  );
}

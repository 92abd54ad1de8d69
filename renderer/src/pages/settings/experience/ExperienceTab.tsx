import { PlusOutlined } from '@ant-design/icons';
import { Button, Table, Tag } from 'antd';
import { useState } from 'react';
import { complaintCategories } from '../../../../../shared/domain/complaints/complaint';
import { experienceKinds, type ExperienceEntry } from '../../../../../shared/domain/experience/experience';
import { useChannelQuery } from '../../../api/queries';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { QueryErrorAlert } from '../../../components/QueryErrorAlert';
import type { Editing } from '../../../forms/editing';
import { ExperienceModal } from './ExperienceModal';
import { OfficeWordsCard } from './OfficeWordsCard';
import { ExchangeButtons } from './ExchangeButtons';

/** 经验库: the standard procedures and 经验总结 the intake form offers; supervisors add and edit them. */
export function ExperienceTab() {
  const entries = useChannelQuery('experience.list', { includeInactive: true });
  const canEdit = useCurrentStaff().allows('supervisor');
  const [editing, setEditing] = useState<Editing<ExperienceEntry>>(null);
  return (
    <>
      {entries.isError && <QueryErrorAlert error={entries.error} onRetry={() => void entries.refetch()} />}
      {canEdit && (
        <Button icon={<PlusOutlined />} onClick={() => setEditing('new')} style={{ marginBottom: 12 }}>
          新增标准处理流程
        </Button>
      )}
      <ExchangeButtons canImport={canEdit} />
      <Table<ExperienceEntry>
        size="small"
        rowKey="id"
        loading={entries.isPending}
        dataSource={entries.data ?? []}
        pagination={{ pageSize: 20, hideOnSinglePage: true }}
        data-testid="experience-entries"
        columns={[
          { title: '编号', dataIndex: 'ref', width: 90 },
          { title: '类型', dataIndex: 'kind', width: 110, render: (kind: ExperienceEntry['kind']) => experienceKinds[kind] },
          { title: '标题', dataIndex: 'title' },
          { title: '分类', dataIndex: 'category', width: 90, render: (category: ExperienceEntry['category']) => (category ? complaintCategories[category] : '') },
          { title: '责任部门', dataIndex: 'departmentName', width: 150 },
          { title: '来源投诉', dataIndex: 'complaintNumber', width: 140 },
          { title: '状态', dataIndex: 'active', width: 70, render: (active: boolean) => (active ? <Tag color="green">启用</Tag> : <Tag>停用</Tag>) },
          {
            title: '操作',
            width: 70,
            hidden: !canEdit,
            render: (_value, entry) => (
              <Button type="link" size="small" onClick={() => setEditing(entry)}>
                修改
              </Button>
            ),
          },
        ]}
      />
      <OfficeWordsCard canEdit={canEdit} />
      <ExperienceModal editing={editing} onClose={() => setEditing(null)} />
    </>
  );
}

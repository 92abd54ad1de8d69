import { Descriptions, Tag, Typography, type DescriptionsProps } from 'antd';
import { complaintCategories, complaintChannels, complaintSeverities, complaintValidities } from '../../../../shared/domain/complaints/complaint';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { ComplaintRecord } from '../../../../shared/domain/complaints/complaintRecords';
import { DeadlineText } from '../../components/DeadlineText';
import { SeverityTag } from '../../components/SeverityTag';
import { StatusTag } from '../../components/StatusTag';
import { formatLocalDateTime } from '../../forms/localTime';
import { RoomLink } from '../../components/RoomLink';

const blank = <span className="tz-blank">—</span>;
const text = (value: string | null) => (value ? <span className="tz-pre-wrap">{value}</span> : blank);

/** Every intake field of one complaint, labelled as on the form, with where the case stands. */
export function ComplaintDescriptions({ complaint: c }: { complaint: ComplaintRecord }) {
  const channel = complaintChannels[c.channel] + (c.channel === 'referral' && c.referralSource ? `(${c.referralSource})` : '');
  const items: DescriptionsProps['items'] = [
    { key: 'number', label: '编号', children: <strong>{c.number}</strong> },
    {
      key: 'status',
      label: '处理状态',
      children: (
        <span data-testid="complaint-status">
          <StatusTag status={c.status} />
          {c.round > 0 && <Tag color="magenta">第 {c.round} 轮</Tag>}
        </span>
      ),
    },
    { key: 'due', label: '处理期限', children: <DeadlineText dueAt={c.dueAt} finishedAt={c.resolvedAt} /> },
    { key: 'receivedAt', label: fieldLabels.receivedAt, children: formatLocalDateTime(c.receivedAt) },
    { key: 'channel', label: fieldLabels.channel, children: channel },
    {
      key: 'revision',
      label: '版本',
      children: (
        <span data-testid="complaint-revision">
          第 {c.revision} 版
          {c.printedRevision !== null && <Typography.Text type="secondary">(已打印第 {c.printedRevision} 版)</Typography.Text>}
        </span>
      ),
    },
    { key: 'complainantName', label: fieldLabels.complainantName, children: c.anonymous ? '匿名' : text(c.complainantName) },
    { key: 'room', label: fieldLabels.roomText, children: <RoomLink roomId={c.roomId} label={c.roomLabel} /> },
    { key: 'phone', label: fieldLabels.phone, children: text(c.phone) },
    { key: 'address', label: fieldLabels.address, span: 2, children: text(c.address) },
    { key: 'targetDepartment', label: fieldLabels.targetDepartmentId, children: text(c.targetDepartmentName) },
    { key: 'targetDescription', label: fieldLabels.targetDescription, span: 3, children: text(c.targetDescription) },
    { key: 'content', label: fieldLabels.content, span: 3, children: text(c.content) },
    { key: 'demand', label: fieldLabels.demand, span: 3, children: text(c.demand) },
    { key: 'category', label: fieldLabels.category, children: complaintCategories[c.category] },
    {
      key: 'severity',
      label: fieldLabels.severity,
      children: (
        <span>
          <SeverityTag severity={c.severity} urgent={c.urgent} />
          {c.escalatedFrom && <Tag color="volcano" variant="outlined">由{complaintSeverities[c.escalatedFrom]}升级</Tag>}
        </span>
      ),
    },
    { key: 'validity', label: '有效性', children: c.validity ? complaintValidities[c.validity] : '待调查' },
    { key: 'receiver', label: fieldLabels.receiverStaffId, children: c.receiverName },
    { key: 'createdAt', label: '登记时间', children: formatLocalDateTime(c.createdAt) },
    { key: 'updatedAt', label: '最后更新', children: formatLocalDateTime(c.updatedAt) },
  ];
  return <Descriptions bordered size="small" column={3} items={items} styles={{ label: { width: 110, whiteSpace: 'nowrap' } }} data-testid="complaint-descriptions" />;
}

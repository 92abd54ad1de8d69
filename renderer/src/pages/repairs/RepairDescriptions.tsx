import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { fenToYuan } from '../../../../shared/domain/money';
import { repairCategories, repairChargeTypes, repairStatuses, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import type { RepairRecord } from '../../../../shared/domain/repairs/repairRecords';
import { formatLocalDateTime } from '../../forms/localTime';

/** The repair as the 客户报修处理登记表 reads: intake, dispatch, result. */
export function RepairDescriptions({ repair }: { repair: RepairRecord }) {
  const charge = repair.chargeType ? `${repairChargeTypes[repair.chargeType]}${repair.chargeType === 'priceList' && repair.chargeFen !== null ? ` ${fenToYuan(repair.chargeFen)} 元` : ''}` : '';
  const items = [
    { key: 'number', label: '编号', children: repair.number },
    { key: 'status', label: '状态', children: <Tag data-testid="repair-status">{repairStatuses[repair.status]}</Tag> },
    { key: 'reportedAt', label: '报修时间', children: formatLocalDateTime(repair.reportedAt) },
    { key: 'room', label: '房号', children: repair.roomLabel ?? '—' },
    { key: 'reporter', label: '报修人', children: repair.reporterName },
    { key: 'phone', label: '联系电话', children: repair.phone ?? '—' },
    { key: 'location', label: '报修位置', children: repair.location ?? '—' },
    { key: 'category', label: '类别', children: `${repairCategories[repair.category]} · ${repairWorkKinds[repair.workKind]}` },
    { key: 'urgency', label: '紧急程度', children: repair.urgency === 'urgent' ? <Tag color="red">{repairUrgencies.urgent}</Tag> : repairUrgencies.normal },
    { key: 'receiver', label: '受理人', children: repair.receiverName },
    { key: 'call', label: '来电', children: repair.callNumber ? <Link to="/calls" data-testid="repair-call">{repair.callNumber}</Link> : '—' },
    { key: 'round', label: '重新处理', children: repair.round > 0 ? `第 ${repair.round} 轮` : '—' },
    { key: 'content', label: '报修内容', span: 3, children: repair.content },
    { key: 'department', label: '接单部门', children: repair.departmentName ?? '—' },
    { key: 'assignee', label: '接单人', children: repair.assigneeName ?? '—' },
    { key: 'dispatchedAt', label: '派工时间', children: formatLocalDateTime(repair.dispatchedAt) || '—' },
    { key: 'instructions', label: '派工说明', span: 3, children: repair.instructions ?? '—' },
    ...(repair.overrunReason
      ? [{ key: 'overrun', label: '超时批准', span: 3, children: `${repair.overrunReason}(${repair.overrunApprovedByName ?? ''} ${formatLocalDateTime(repair.overrunApprovedAt)})` }]
      : []),
    ...(repair.completedAt
      ? [
          { key: 'result', label: '处理结果', span: 3, children: repair.result },
          { key: 'materials', label: '材料', children: repair.materials ?? '—' },
          { key: 'charge', label: '收费', children: <span data-testid="repair-charge">{charge}</span> },
          { key: 'revisitDue', label: '回访期限', children: formatLocalDateTime(repair.revisitDueAt) || '—' },
        ]
      : []),
    ...(repair.voidedAt ? [{ key: 'void', label: '作废原因', span: 3, children: repair.voidReason }] : []),
  ];
  return <Descriptions size="small" bordered column={3} items={items} data-testid="repair-descriptions" />;
}

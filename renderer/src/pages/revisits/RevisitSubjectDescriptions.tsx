import { Descriptions, Tag } from 'antd';
import { Link } from 'react-router-dom';
import { staffRoles } from '../../../../shared/domain/office/office';
import { revisitPurposes, revisitStatuses, revisitSubjectKinds } from '../../../../shared/domain/revisits/revisit';
import type { RevisitDetail } from '../../../../shared/domain/revisits/revisitRecords';
import { formatLocalDateTime } from '../../forms/localTime';

/** What is being revisited and when: the subject as its ledger describes it, the window and who should call. */
export function RevisitSubjectDescriptions({ detail }: { detail: RevisitDetail }) {
  const { revisit, subject } = detail;
  const subjectLink = revisit.subjectKind === 'complaint' ? <Link to={`/complaints/${subject.id}`}>{subject.number}</Link> : subject.number;
  return (
    <Descriptions size="small" bordered column={2} data-testid="revisit-subject">
      <Descriptions.Item label={revisitSubjectKinds[revisit.subjectKind]}>{subjectLink}</Descriptions.Item>
      <Descriptions.Item label="状态">
        <Tag>{revisitStatuses[revisit.status]}</Tag> {subject.statusLabel}
      </Descriptions.Item>
      <Descriptions.Item label="业户名称">{subject.ownerName ?? '匿名'}</Descriptions.Item>
      <Descriptions.Item label="单元编号">{subject.roomLabel ?? ''}</Descriptions.Item>
      <Descriptions.Item label="联系电话">{subject.fullPhone ?? subject.phone ?? ''}</Descriptions.Item>
      <Descriptions.Item label="完成时间">{formatLocalDateTime(subject.completedAt)}</Descriptions.Item>
      <Descriptions.Item label="回访事由" span={2}>
        {revisit.reason ?? `${revisitPurposes[revisit.purpose]}:${subject.summary}`}
      </Descriptions.Item>
      {subject.result && (
        <Descriptions.Item label="处理结果" span={2}>
          {subject.result}
        </Descriptions.Item>
      )}
      <Descriptions.Item label="回访期间">
        {formatLocalDateTime(revisit.windowFrom).slice(0, 10)} 至 {formatLocalDateTime(revisit.dueAt).slice(0, 10)}
      </Descriptions.Item>
      <Descriptions.Item label="应回访人">
        {staffRoles[revisit.requiredRole]}
        {detail.proposedRevisitor && `(建议:${detail.proposedRevisitor.name})`}
      </Descriptions.Item>
    </Descriptions>
  );
}

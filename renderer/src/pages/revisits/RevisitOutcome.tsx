import { Descriptions } from 'antd';
import { revisitMethods, satisfactionLevels } from '../../../../shared/domain/complaints/complaintLifecycle';
import { revisitScript } from '../../../../shared/domain/revisits/revisit';
import type { RevisitRecord } from '../../../../shared/domain/revisits/revisitRecords';
import { formatLocalDateTime } from '../../forms/localTime';

/** A done revisit as recorded. */
export function RevisitOutcome({ revisit }: { revisit: RevisitRecord }) {
  return (
    <Descriptions size="small" bordered column={2} data-testid="revisit-outcome">
      <Descriptions.Item label="回访方式">{revisit.method ? revisitMethods[revisit.method] : ''}</Descriptions.Item>
      <Descriptions.Item label="回访人/时间">
        {revisit.revisitorName} {formatLocalDateTime(revisit.revisitedAt)}
      </Descriptions.Item>
      <Descriptions.Item label="业户意见" span={2}>
        {revisit.ownerOpinion}
      </Descriptions.Item>
      <Descriptions.Item label="处理结果满意情况">{revisit.resultSatisfaction ? satisfactionLevels[revisit.resultSatisfaction] : ''}</Descriptions.Item>
      <Descriptions.Item label="服务态度满意情况">{revisit.attitudeSatisfaction ? satisfactionLevels[revisit.attitudeSatisfaction] : ''}</Descriptions.Item>
      <Descriptions.Item label="已问到" span={2}>
        {revisit.scriptChecks.map((key) => revisitScript[key]).join(';') || '无'}
      </Descriptions.Item>
      <Descriptions.Item label="客服部意见" span={2}>
        {revisit.officeOpinion}
      </Descriptions.Item>
      <Descriptions.Item label="结果" span={2}>
        {revisit.reopened ? '业户不满意,已重新处理' : '业户满意'}
      </Descriptions.Item>
    </Descriptions>
  );
}

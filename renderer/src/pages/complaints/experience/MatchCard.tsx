import { Card, Space, Tag, Typography } from 'antd';
import { complaintCategories, complaintStatuses } from '../../../../../shared/domain/complaints/complaint';
import { satisfactionLevels } from '../../../../../shared/domain/complaints/complaintLifecycle';
import type { ExperienceMatch } from '../../../../../shared/domain/experience/experience';
import { Highlighted } from '../../../components/experience/Highlighted';

/** One past case or standard procedure: what it shares with the text, and how it was (or is to be) handled. */
export function MatchCard({ match }: { match: ExperienceMatch }) {
  const outcome = match.outcome;
  return (
    <Card size="small" data-testid="experience-match" data-kind={match.kind} data-ref={match.ref}>
      <Space size={4} wrap>
        <Tag color={match.kind === 'procedure' ? 'green' : 'blue'}>{match.kind === 'procedure' ? '标准处理流程' : '历史案例'}</Tag>
        <Typography.Text strong>
          <Highlighted text={match.title} words={match.sharedWords} />
        </Typography.Text>
        <Typography.Text type="secondary">{match.ref}</Typography.Text>
        {match.category && <Tag>{complaintCategories[match.category]}</Tag>}
        {match.departmentName && <Tag>{match.departmentName}</Tag>}
        <Typography.Text type="secondary" title="相关度">
          {Math.round(match.score * 100)}%
        </Typography.Text>
      </Space>
      <Typography.Paragraph type="secondary" ellipsis={{ rows: 2 }} style={{ margin: '4px 0 0' }}>
        <Highlighted text={match.text} words={match.sharedWords} />
      </Typography.Paragraph>
      {match.steps.length > 0 && (
        <ol style={{ margin: '4px 0 0', paddingLeft: 20 }}>
          {match.steps.map((step, index) => (
            <li key={index}>{step}</li>
          ))}
        </ol>
      )}
      {match.scripts.map((script) => (
        <Typography.Paragraph key={script.id} style={{ margin: '4px 0 0' }}>
          话术「{script.title}」:{script.text}
        </Typography.Paragraph>
      ))}
      {outcome && (
        <Typography.Paragraph style={{ margin: '4px 0 0' }}>
          {complaintStatuses[outcome.status]}
          {outcome.hoursTaken !== null && ` · 用时 ${outcome.hoursTaken} 小时`}
          {outcome.satisfaction && ` · 回访${satisfactionLevels[outcome.satisfaction]}`}
          {outcome.handlingResult && ` · 处理结果:${outcome.handlingResult}`}
          {outcome.correctiveAction && ` · 纠正措施:${outcome.correctiveAction}`}
          {outcome.lesson && ` · 经验总结:${outcome.lesson}`}
        </Typography.Paragraph>
      )}
    </Card>
  );
}

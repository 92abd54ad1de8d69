import { Button, Card, Space, Tag, Typography } from 'antd';
import { useState } from 'react';
import type { ComplaintRecord } from '../../../../../shared/domain/complaints/complaintRecords';
import { useChannelQuery } from '../../../api/queries';
import { useCurrentStaff } from '../../../auth/currentStaff';
import { Highlighted } from '../../../components/experience/Highlighted';
import { LessonModal } from './LessonModal';
import { MatchCard } from './MatchCard';

/**
 * 经验库 on the record page: the complaint's key words marked, the most similar past cases and procedures (never
 * itself), and, once it is closed, a supervisor's 写经验总结 that adds it to the base.
 */
export function ExperienceSection({ complaint }: { complaint: ComplaintRecord }) {
  const canWrite = useCurrentStaff().allows('supervisor') && (complaint.status === 'resolved' || complaint.status === 'archived');
  const [writing, setWriting] = useState(false);
  const text = [complaint.content, complaint.demand].filter(Boolean).join('\n');
  const answer = useChannelQuery('experience.suggest', { text, complaintId: complaint.id, limit: 3 }, { staleTime: 60_000 });
  const data = answer.data;
  return (
    <Card
      size="small"
      title="经验库"
      data-testid="complaint-experience"
      extra={
        canWrite && (
          <Button size="small" onClick={() => setWriting(true)}>
            写经验总结
          </Button>
        )
      }
    >
      {data && (
        <Space orientation="vertical" size={8} style={{ width: '100%' }}>
          <div>
            <Typography.Text type="secondary">关键词:</Typography.Text>
            {data.keywords.map((word) => (
              <Tag key={word} color="gold">
                {word}
              </Tag>
            ))}
          </div>
          <Typography.Paragraph style={{ margin: 0 }}>
            <Highlighted text={complaint.content} words={data.keywords} />
          </Typography.Paragraph>
          {data.matches.map((match) => (
            <MatchCard key={`${match.kind}-${match.ref}`} match={match} />
          ))}
          {data.matches.length === 0 && <Typography.Text type="secondary">经验库中没有相似的案例或流程</Typography.Text>}
        </Space>
      )}
      {writing && <LessonModal complaint={complaint} onClose={() => setWriting(false)} />}
    </Card>
  );
}

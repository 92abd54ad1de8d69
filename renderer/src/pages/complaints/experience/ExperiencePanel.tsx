import { keepPreviousData } from '@tanstack/react-query';
import { useMemo } from 'react';
import { Alert, Button, Col, Form, Space, Tag, Typography, type FormInstance } from 'antd';
import { complaintCategories, complaintSeverities } from '../../../../../shared/domain/complaints/complaint';
import type { ExperienceSuggestion } from '../../../../../shared/domain/experience/experience';
import type { Department } from '../../../../../shared/domain/office/officeRecords';
import { useChannelQuery } from '../../../api/queries';
import { Highlighted } from '../../../components/experience/Highlighted';
import { useDebouncedValue } from '../../../hooks/useDebouncedValue';
import { useHotkey } from '../../../hooks/useHotkey';
import type { IntakeValues } from '../intakeValues';
import { MatchCard } from './MatchCard';

/** Short enough that the suggestions are there within 150 ms of a pause, long enough not to ask per key. */
const pauseMs = 100;
const shownMatches = 5;

interface Props {
  form: FormInstance<IntakeValues>;
  departments: Department[];
}

function describe(suggestion: ExperienceSuggestion, departments: Department[]): string[] {
  return [
    suggestion.category && complaintCategories[suggestion.category],
    suggestion.departmentId !== undefined && departments.find((department) => department.id === suggestion.departmentId)?.name,
    suggestion.severity && complaintSeverities[suggestion.severity],
  ].filter((part): part is string => typeof part === 'string');
}

/**
 * 经验库 on the intake form (seed 000 篇3): the complaint's key words marked, the best past cases and standard
 * procedures, and the category, department and severity they suggest — applied only when the clerk accepts
 * (the button or Alt+Y), never silently.
 */
export function ExperiencePanel({ form, departments }: Props) {
  const content = (Form.useWatch('content', form) as string | undefined) ?? '';
  const demand = (Form.useWatch('demand', form) as string | undefined) ?? '';
  const roomId = Form.useWatch('roomId', form) as number | null | undefined;
  const phone = Form.useWatch('phone', form) as string | undefined;
  // Debounced as text: an object would be new on every render and never settle.
  const settled = useDebouncedValue(JSON.stringify({ text: [content, demand].filter(Boolean).join('\n'), roomId: roomId ?? null, phone: phone?.trim() || null }), pauseMs);
  const asked = useMemo(() => JSON.parse(settled) as { text: string; roomId: number | null; phone: string | null }, [settled]);
  const enabled = asked.text.trim().length >= 2;
  const answer = useChannelQuery('experience.suggest', asked, { enabled, placeholderData: keepPreviousData, staleTime: 30_000 });
  const data = enabled ? answer.data : undefined;
  const suggestion = data?.suggestion ?? {};
  const suggested = describe(suggestion, departments);

  const accept = () => {
    if (suggested.length === 0) return;
    form.setFieldsValue({
      ...(suggestion.category && { category: suggestion.category }),
      ...(suggestion.departmentId !== undefined && { targetDepartmentId: suggestion.departmentId }),
      ...(suggestion.severity && { severity: suggestion.severity }),
    });
  };
  useHotkey((event) => event.altKey && !event.ctrlKey && event.code === 'KeyY', accept, suggested.length > 0);

  if (!data) return null;
  return (
    <Col span={24} data-testid="experience-panel" style={{ marginBottom: 16 }}>
      <Space direction="vertical" size={8} style={{ width: '100%' }}>
        {data.keywords.length > 0 && (
          <div data-testid="experience-keywords">
            <Typography.Text type="secondary">关键词:</Typography.Text>
            {data.keywords.map((word) => (
              <Tag key={word} color="gold">
                {word}
              </Tag>
            ))}
            <Typography.Paragraph style={{ margin: '4px 0 0' }} data-testid="experience-highlighted">
              <Highlighted text={content} words={data.keywords} />
            </Typography.Paragraph>
          </div>
        )}
        {suggested.length > 0 && (
          <Space data-testid="experience-suggestion">
            <Typography.Text>建议:{suggested.join(' · ')}</Typography.Text>
            {/* Alt+Y is its key: out of the Tab order, so Tab from 投诉要求 reaches 投诉分类 as on the paper, whether
                or not a suggestion has come up meanwhile. */}
            <Button size="small" type="primary" ghost onClick={accept} tabIndex={-1} aria-keyshortcuts="Alt+Y">
              采用建议 (Alt+Y)
            </Button>
          </Space>
        )}
        {data.repeats && (
          <Alert
            type="warning"
            showIcon
            data-testid="experience-repeats"
            message={`同一房号或电话近 30 天有 ${data.repeats.complaints.length} 条未办结的相似投诉${data.repeats.sameCategory > 0 ? `,同类投诉已 ${data.repeats.sameCategory} 次(第 5 次起按严重处理)` : ''}`}
            description={data.repeats.complaints.map((item) => `${item.number} ${item.content}`).join(';') || undefined}
          />
        )}
        {data.matches.slice(0, shownMatches).map((match) => (
          <MatchCard key={`${match.kind}-${match.ref}`} match={match} />
        ))}
      </Space>
    </Col>
  );
}

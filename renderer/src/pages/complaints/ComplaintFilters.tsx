import { SearchOutlined } from '@ant-design/icons';
import { Button, DatePicker, Select, Space } from 'antd';
import { memo, useMemo } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { complaintCategories, complaintSeverities, complaintStatuses } from '../../../../shared/domain/complaints/complaint';
import { CommitOnPauseInput } from '../../components/CommitOnPauseInput';
import { complaintSearchId } from '../../hooks/useGlobalShortcuts';
import type { ComplaintListParams } from '../../hooks/useComplaintListParams';

interface Props {
  params: ComplaintListParams;
  onChange: (patch: Partial<ComplaintListParams>) => void;
  filtered: boolean;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));

/** A pick-one filter: the URL param it sets and the zh-CN names of its values. */
interface SelectFilter {
  param: 'category' | 'severity' | 'status';
  /** Shown in the empty box, and the box's accessible name. */
  placeholder: string;
  labels: Record<string, string>;
  width: number;
}

const selectFilters: SelectFilter[] = [
  { param: 'category', placeholder: '投诉分类', labels: complaintCategories, width: 120 },
  { param: 'severity', placeholder: '严重程度', labels: complaintSeverities, width: 110 },
  { param: 'status', placeholder: '处理状态', labels: complaintStatuses, width: 110 },
];

/** What the filters show: a page turn or a new order changes none of it. */
const shownParams = ['from', 'to', 'category', 'severity', 'status', 'room', 'q'] as const;

/**
 * Drawn again only when the filters change (not as the list's answer arrives, nor on a page turn): its selects and
 * date pickers are the page's heaviest part.
 */
export const ComplaintFilters = memo(function ComplaintFilters({ params, onChange, filtered }: Props) {
  const { from, to, category, severity, status, room } = params;
  // Each control is kept as an element while its own value stays: a search (the box's text) draws the box again,
  // not the date range and the selects beside it.
  const dates = useMemo(() => {
    const range = from || to ? ([from ? dayjs(from) : null, to ? dayjs(to) : null] as [Dayjs | null, Dayjs | null]) : null;
    return (
      <DatePicker.RangePicker
        value={range}
        allowEmpty={[true, true]}
        onChange={(picked) => onChange({ from: picked?.[0]?.format('YYYY-MM-DD'), to: picked?.[1]?.format('YYYY-MM-DD') })}
        placeholder={['开始日期', '结束日期']}
        aria-label="投诉日期"
        style={{ width: 240 }}
      />
    );
  }, [from, to, onChange]);
  const selects = useMemo(() => {
    const values = { category, severity, status };
    return selectFilters.map(({ param, placeholder, labels, width }) => (
      <Select
        key={param}
        allowClear
        placeholder={placeholder}
        aria-label={placeholder}
        value={values[param]}
        // The options are the keys of `labels`, so the chosen value is one the param accepts.
        onChange={(value?: string) => onChange({ [param]: value })}
        options={options(labels)}
        style={{ width }}
      />
    ));
  }, [category, severity, status, onChange]);
  const roomBox = useMemo(
    () => <CommitOnPauseInput value={room} onCommit={(next) => onChange({ room: next })} placeholder="房号" aria-label="按房号筛选" style={{ width: 120 }} />,
    [room, onChange],
  );
  return (
    <Space wrap size={[8, 8]} style={{ marginBottom: 12 }}>
      <CommitOnPauseInput
        id={complaintSearchId}
        value={params.q}
        onCommit={(q) => onChange({ q })}
        placeholder="搜索编号、投诉人、内容"
        aria-label="搜索投诉"
        prefix={<SearchOutlined />}
        style={{ width: 240 }}
      />
      {dates}
      {selects}
      {roomBox}
      {filtered && (
        <Button type="link" onClick={() => onChange({ from: undefined, to: undefined, category: undefined, severity: undefined, status: undefined, room: undefined, q: undefined, stats: {} })}>
          清除筛选
        </Button>
      )}
    </Space>
  );
}, (before, after) => before.onChange === after.onChange && before.filtered === after.filtered && shownParams.every((key) => before.params[key] === after.params[key]));

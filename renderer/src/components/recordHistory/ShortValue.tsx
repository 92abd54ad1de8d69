import { Tooltip } from 'antd';

const shortLength = 24;

/** Long texts (投诉内容, 调查情况) are cut to keep a history row compact; the whole text is on hover. */
export function ShortValue({ text }: { text: string }) {
  if (text.length <= shortLength) return <>{text}</>;
  return (
    <Tooltip title={<span className="tz-pre-wrap">{text}</span>}>
      <span>{text.slice(0, shortLength)}…</span>
    </Tooltip>
  );
}

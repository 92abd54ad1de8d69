import { Alert, Button, Space } from 'antd';
import type { Draft } from '../../../shared/domain/drafts/draft';

/** The draft left from last time, offered back: 恢复 puts it in the form, 丢弃 throws it away; typing anew replaces it. */
export function DraftOffer({ draft, onRestore, onDiscard }: { draft: Draft; onRestore: () => void; onDiscard: () => void }) {
  return (
    <Alert
      type="info"
      showIcon
      role="region"
      aria-label="未保存的草稿"
      data-testid="draft-offer"
      style={{ marginBottom: 12 }}
      title={`有一份未保存的草稿(保存于 ${draft.savedAt.slice(5, 10).replace('-', '月')}日 ${draft.savedAt.slice(11, 16)})。`}
      description="恢复后可以接着填写;直接开始填写则会替换这份草稿。"
      action={
        <Space>
          <Button type="primary" size="small" onClick={onRestore} data-testid="draft-restore">
            恢复草稿
          </Button>
          <Button size="small" onClick={onDiscard}>
            丢弃草稿
          </Button>
        </Space>
      }
    />
  );
}

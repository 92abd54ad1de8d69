import { App, Button, Card, Input, Space, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { errorMessage } from '../../../api/client';
import { useChannelMutation, useChannelQuery } from '../../../api/queries';

/** 本处词典: the office's own words (小区名, 电动车棚…), kept whole by the segmenter and marked as key words. */
export function OfficeWordsCard({ canEdit }: { canEdit: boolean }) {
  const { message } = App.useApp();
  const words = useChannelQuery('experience.words', {});
  const save = useChannelMutation('experience.saveWords');
  const [text, setText] = useState('');
  useEffect(() => setText((words.data ?? []).join(' ')), [words.data]);
  const onSave = async () => {
    try {
      const saved = await save.mutateAsync({ words: text.split(/[\s,，、;；]+/).filter(Boolean) });
      void message.success(`本处词典已保存,共 ${saved.length} 个词;历史投诉在下次启动时重新分词`);
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <Card size="small" title="本处词典" style={{ marginTop: 16 }}>
      <Typography.Paragraph type="secondary">
        物业常用词(漏水、渗水、停车位、物业费……)已内置。这里补充本管理处特有的词,用空格或顿号分隔。
      </Typography.Paragraph>
      <Space.Compact style={{ width: '100%' }}>
        <Input.TextArea value={text} onChange={(event) => setText(event.target.value)} disabled={!canEdit} autoSize={{ minRows: 2, maxRows: 6 }} aria-label="本处词典" />
      </Space.Compact>
      {canEdit && (
        <Button style={{ marginTop: 8 }} onClick={() => void onSave()} loading={save.isPending}>
          保存词典
        </Button>
      )}
    </Card>
  );
}

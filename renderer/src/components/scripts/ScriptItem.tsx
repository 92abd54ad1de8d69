import { ArrowDownOutlined, ArrowUpOutlined, CopyOutlined, EditOutlined } from '@ant-design/icons';
import { App, Button, Space, Tag, Typography } from 'antd';
import { officeNamePlaceholder, type ServiceScript } from '../../../../shared/domain/scripts/serviceScripts';
import { call, errorMessage } from '../../api/client';
import { useOffice } from '../../api/queries';
import { copyText } from './copyText';

/** One phrase: its words, one click to copy them (the office's name filled in), and for a supervisor, its controls. */
export function ScriptItem({ script, managing, onEdit }: { script: ServiceScript; managing: boolean; onEdit: () => void }) {
  const { message } = App.useApp();
  const office = useOffice();
  const text = script.text.split(officeNamePlaceholder).join(office.data?.name ?? '管理处');
  const copy = async () => {
    if (await copyText(text)) void message.success('已复制');
    else void message.error('复制失败,请手动选中文字复制');
  };
  const move = async (direction: 'up' | 'down') => {
    try {
      await call('scripts.move', { id: script.id, direction });
    } catch (error) {
      void message.error(errorMessage(error));
    }
  };
  return (
    <div data-testid="service-script" style={{ padding: '6px 0', borderBottom: '1px solid #f5f5f5', opacity: script.active ? 1 : 0.5 }}>
      <Space style={{ width: '100%', justifyContent: 'space-between' }} align="start">
        <Typography.Text strong>
          {script.title}
          {!script.active && <Tag style={{ marginInlineStart: 8 }}>已停用</Tag>}
        </Typography.Text>
        <Space size={2}>
          {managing && (
            <>
              <Button size="small" type="text" icon={<ArrowUpOutlined />} aria-label="上移" onClick={() => void move('up')} />
              <Button size="small" type="text" icon={<ArrowDownOutlined />} aria-label="下移" onClick={() => void move('down')} />
              <Button size="small" type="text" icon={<EditOutlined />} aria-label="修改" onClick={onEdit} />
            </>
          )}
          <Button size="small" icon={<CopyOutlined />} onClick={() => void copy()} aria-label={`复制:${script.title}`}>
            复制
          </Button>
        </Space>
      </Space>
      <Typography.Paragraph style={{ margin: '4px 0 0', cursor: 'copy' }} onClick={() => void copy()}>
        {text}
      </Typography.Paragraph>
    </div>
  );
}

import { EyeOutlined } from '@ant-design/icons';
import { App, Button, Space, Typography } from 'antd';
import { useState } from 'react';
import { call, errorMessage } from '../../api/client';

/** The masked number, and on request the full one: each request is a call the record's history keeps. */
export function RevealIdButton({ id, whose, masked }: { id: number; whose: 'customer' | 'agent'; masked: string }) {
  const { message } = App.useApp();
  const [full, setFull] = useState<string | null>(null);
  const [loading, setLoading] = useState(false);
  const reveal = async () => {
    setLoading(true);
    try {
      setFull((await call('lossDeclarations.revealId', { id, whose })).idNumber);
    } catch (error) {
      void message.error(errorMessage(error));
    } finally {
      setLoading(false);
    }
  };
  return (
    <Space size="small">
      <Typography.Text data-testid={`${whose}-id-number`} copyable={full ? { text: full } : false}>
        {full ?? masked}
      </Typography.Text>
      {full ? (
        <Button size="small" type="link" onClick={() => setFull(null)}>
          隐藏
        </Button>
      ) : (
        <Button size="small" type="link" icon={<EyeOutlined />} loading={loading} onClick={() => void reveal()} data-testid={`reveal-${whose}-id`}>
          查看完整号码(将记入修改记录)
        </Button>
      )}
    </Space>
  );
}

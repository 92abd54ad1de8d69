import { ArrowLeftOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
import type { ReactNode } from 'react';
import { useNavigate } from 'react-router-dom';

/**
 * A record page's title with a back arrow: back to where the clerk came from, or to the ledger's list when the page
 * was opened directly (a link, a reload), where there is no "back" inside the app.
 */
export function BackTitle({ fallback, children }: { fallback: string; children: ReactNode }) {
  const navigate = useNavigate();
  const goBack = () => ((window.history.state as { idx?: number } | null)?.idx ? navigate(-1) : navigate(fallback));
  return (
    <Space>
      <Button type="text" size="small" icon={<ArrowLeftOutlined />} aria-label="返回" onClick={goBack} />
      {children}
    </Space>
  );
}

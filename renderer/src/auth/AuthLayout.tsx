import { Card, Typography } from 'antd';
import type { ReactNode } from 'react';
import { useOffice } from '../api/queries';

interface Props {
  title: string;
  /** One line under the title: what to do here. */
  hint?: ReactNode;
  children: ReactNode;
  width?: number;
}

/** The frame of the screens before anyone is signed in: nothing of the ledgers shows behind them. */
export function AuthLayout({ title, hint, children, width = 460 }: Props) {
  // office.get is public, so the desk can tell which office it is before anyone signs in.
  const office = useOffice();
  return (
    <div style={{ minHeight: '100vh', display: 'flex', alignItems: 'center', justifyContent: 'center', background: '#f5f7fa', padding: 24 }}>
      <div style={{ width, maxWidth: '100%' }}>
        <div style={{ textAlign: 'center', marginBottom: 16 }}>
          <Typography.Title level={1} style={{ margin: 0, fontSize: 24 }}>
            物业台账
          </Typography.Title>
          <Typography.Text type="secondary">{office.data?.name ?? ' '}</Typography.Text>
        </div>
        <Card title={title} data-testid="auth-screen">
          {hint && (
            <Typography.Paragraph type="secondary" style={{ marginTop: -4 }}>
              {hint}
            </Typography.Paragraph>
          )}
          {children}
        </Card>
      </div>
    </div>
  );
}

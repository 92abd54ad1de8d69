import { useState } from 'react';
import { Alert, App, Button, Card, Form, Input, Radio, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { call } from '../../api/client';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { applyCallError } from '../../forms/applyCallError';
import type { HeadOfficeStoreInfo, HeadOfficeStoreTest } from '../../../../shared/domain/headOffice/headOffice';

interface Values {
  dialect: 'sqlite' | 'postgres';
  connectionString?: string;
}

const storeLabel = (info: HeadOfficeStoreInfo) => (info.dialect === 'sqlite' ? 'SQLite(本机数据文件夹)' : `PostgreSQL 服务器 ${info.server ?? ''}`);

/**
 * 记录存放处: SQLite in this computer's data folder (the default: one PC), or a group's PostgreSQL server by its
 * connection string, tried with 测试连接 and again before it is saved. The string is typed into a password field
 * and never shown back: the saved choice names the user, server and database only.
 */
export function HeadOfficeStoreCard({ firstTime = false }: { firstTime?: boolean }) {
  const { message } = App.useApp();
  const staff = useCurrentStaff();
  const client = useQueryClient();
  const info = useChannelQuery('headOffice.storeInfo', {});
  const [form] = Form.useForm<Values>();
  const dialect = Form.useWatch('dialect', form) ?? 'sqlite';
  const [testing, setTesting] = useState(false);
  const [saving, setSaving] = useState(false);
  const [tested, setTested] = useState<HeadOfficeStoreTest | null>(null);
  const current = info.data;
  const canChoose = staff.allows('manager');

  const testConnection = async () => {
    setTested(null);
    // A new try answers afresh: the last refusal goes, whatever the field's own rules said since.
    form.setFields([{ name: 'connectionString', errors: [] }]);
    setTesting(true);
    try {
      setTested(await call('headOffice.testStore', { connectionString: form.getFieldValue('connectionString') ?? '' }));
    } catch (error) {
      applyCallError(form, error, message, { fields: ['connectionString'] });
    } finally {
      setTesting(false);
    }
  };

  const save = async (values: Values) => {
    setSaving(true);
    try {
      const input = values.dialect === 'sqlite' ? { dialect: 'sqlite' as const } : { dialect: 'postgres' as const, connectionString: values.connectionString ?? '' };
      const saved = await call('headOffice.setStore', input);
      // A job: the client refreshes nothing after it, so every head-office page is read again from the new store.
      await client.invalidateQueries();
      form.setFieldsValue({ dialect: saved.dialect, connectionString: undefined });
      setTested(null);
      message.success(`已保存:总部的记录存放在 ${storeLabel(saved)}`);
    } catch (error) {
      applyCallError(form, error, message, { fields: ['dialect', 'connectionString'] });
    } finally {
      setSaving(false);
    }
  };

  return (
    <Card size="small" title={firstTime ? '第一步:选择记录存放处' : '记录存放处'} data-testid="head-office-store">
      <Space orientation="vertical" style={{ width: '100%' }}>
        {current && (
          <Typography.Text data-testid="head-office-store-current">
            {current.chosen ? '现在' : '尚未选择,暂时'}存放在:{storeLabel(current)}
          </Typography.Text>
        )}
        <Typography.Text type="secondary">
          一台电脑汇总、管理处不多时选 SQLite(默认,无需服务器,随数据文件夹一起备份)。集团管理处多、几个人同时查看时,选集团的 PostgreSQL
          服务器,由信息部门提供连接字符串。打印件和扫描件都留在本机数据文件夹里。
        </Typography.Text>
        {canChoose && current ? (
          // Starts at the store in use (a new form when it changes); a saved connection string is never sent back to fill in.
          <Form<Values>
            key={current.dialect}
            form={form}
            name="headOfficeStore"
            layout="vertical"
            requiredMark={false}
            initialValues={{ dialect: current.dialect }}
            onFinish={(values) => void save(values)}
          >
            <Form.Item name="dialect" label="存放在">
              <Radio.Group
                onChange={() => setTested(null)}
                options={[
                  { value: 'sqlite', label: 'SQLite(本机,默认)' },
                  { value: 'postgres', label: 'PostgreSQL(集团服务器)' },
                ]}
                data-testid="head-office-store-dialect"
              />
            </Form.Item>
            {dialect === 'postgres' && (
              <Form.Item
                name="connectionString"
                label="连接字符串"
                extra="形如 postgresql://用户名:密码@服务器:5432/数据库名;输入时密码不显示"
                rules={[{ required: true, whitespace: true, message: '请填写 PostgreSQL 的连接字符串' }]}
              >
                <Input.Password autoComplete="off" spellCheck={false} visibilityToggle={false} onChange={() => setTested(null)} data-testid="head-office-store-connection" />
              </Form.Item>
            )}
            {tested && (
              <Alert
                type="success"
                showIcon
                style={{ marginBottom: 16 }}
                title={`连接成功:${tested.server}(PostgreSQL ${tested.serverVersion})`}
                data-testid="head-office-store-tested"
              />
            )}
            {current.chosen && current.dialect !== dialect && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 16 }}
                title="换了存放处后,已导入的记录留在原处;请在新存放处再导入一次各管理处的归档(重复导入不会重复记录)。"
              />
            )}
            <Space>
              {dialect === 'postgres' && (
                <Button onClick={() => void testConnection()} loading={testing} data-testid="head-office-store-test">
                  测试连接
                </Button>
              )}
              <Button type="primary" htmlType="submit" loading={saving} data-testid="head-office-store-save">
                {dialect === 'postgres' ? '测试并保存' : '保存'}
              </Button>
            </Space>
          </Form>
        ) : (
          current && <Typography.Text type="secondary">存放处由经理选择。</Typography.Text>
        )}
      </Space>
    </Card>
  );
}

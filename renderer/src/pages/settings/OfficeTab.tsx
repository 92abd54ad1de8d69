import { App, Button, Form, Input, Skeleton } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { useChannelMutation, useOffice } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { applyCallError } from '../../forms/applyCallError';
import { useGlyphRule } from '../../hooks/useGlyphRule';

type OfficeValues = ChannelInput<'office.save'>;

/** 管理处信息: printed on every form; the code goes into record numbers and archives. */
export function OfficeTab() {
  const { message } = App.useApp();
  const queryClient = useQueryClient();
  const office = useOffice();
  const save = useChannelMutation('office.save');
  const glyphRule = useGlyphRule();
  const [form] = Form.useForm<OfficeValues>();

  if (office.isPending) return <Skeleton active />;
  if (office.isError) return <QueryErrorAlert error={office.error} onRetry={() => void office.refetch()} />;

  const onFinish = async (values: OfficeValues) => {
    try {
      await save.mutateAsync(values);
      await queryClient.invalidateQueries({ queryKey: ['office.get'] });
      void message.success('管理处信息已保存');
    } catch (error) {
      applyCallError(form, error, message, { fields: ['name', 'companyName', 'code'] });
    }
  };

  return (
    <Form<OfficeValues>
      form={form}
      name="office"
      layout="vertical"
      initialValues={office.data ?? { name: '', companyName: '', code: '' }}
      onFinish={(values) => void onFinish(values)}
      style={{ maxWidth: 480 }}
    >
      <Form.Item name="name" label={`管理处${fieldLabels.name}`} rules={[{ required: true, whitespace: true, message: '请填写管理处名称' }, glyphRule]}>
        <Input maxLength={60} placeholder="如 锦绣花园管理处" />
      </Form.Item>
      <Form.Item name="companyName" label={fieldLabels.companyName} rules={[{ required: true, whitespace: true, message: '请填写公司名称' }, glyphRule]}>
        <Input maxLength={60} placeholder="如 安居物业服务有限公司" />
      </Form.Item>
      <Form.Item
        name="code"
        label={fieldLabels.code}
        normalize={(value: string | undefined) => value?.toUpperCase()}
        extra="2–12 位大写字母或数字,用于记录编号和上报总公司的归档"
        rules={[{ required: true, message: '请填写管理处代码' }]}
      >
        <Input maxLength={12} placeholder="如 GZ01" style={{ width: 160 }} />
      </Form.Item>
      <Button type="primary" htmlType="submit" loading={save.isPending}>
        保存
      </Button>
    </Form>
  );
}

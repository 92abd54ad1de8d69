import { Alert, Button, Form, Input, Skeleton } from 'antd';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { useOffice } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useSaveForm } from '../../forms/useSaveForm';
import { useGlyphRule } from '../../hooks/useGlyphRule';

type OfficeValues = ChannelInput<'office.save'>;

/** 管理处信息: printed on every form; the code goes into record numbers and archives. */
export function OfficeTab() {
  const office = useOffice();
  const glyphRule = useGlyphRule();
  const canEdit = useCurrentStaff().allows('supervisor');
  const [form] = Form.useForm<OfficeValues>();
  const { submit, pending } = useSaveForm({
    channel: 'office.save',
    form,
    toInput: (values) => values,
    success: '管理处信息已保存',
    fields: ['name', 'companyName', 'code'],
  });

  if (office.isPending) return <Skeleton active />;
  if (office.isError) return <QueryErrorAlert error={office.error} onRetry={() => void office.refetch()} />;

  return (
    <Form<OfficeValues>
      form={form}
      name="office"
      layout="vertical"
      initialValues={office.data ?? { name: '', companyName: '', code: '' }}
      disabled={!canEdit}
      onFinish={() => void submit()}
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
      {canEdit ? (
        <Button type="primary" htmlType="submit" loading={pending}>
          保存
        </Button>
      ) : (
        <Alert type="info" showIcon title="只有主管或经理可以修改管理处信息。" />
      )}
    </Form>
  );
}

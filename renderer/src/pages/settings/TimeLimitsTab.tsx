import { Alert, Button, Col, Form, InputNumber, Row, Skeleton } from 'antd';
import type { ChannelInput } from '../../../../shared/contract/channels';
import type { TimeLimits } from '../../../../shared/domain/complaints/complaintLifecycle';
import { useSettings } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useSaveForm } from '../../forms/useSaveForm';

type SettingsValues = ChannelInput<'settings.save'>;

/** The same ranges as the contract's settingsInput; the unit says how the limit is counted. */
const limits: { key: keyof TimeLimits; label: string; min?: number; max: number; unit?: string }[] = [
  { key: 'minor', label: '轻微投诉', max: 10 },
  { key: 'general', label: '一般投诉(全案)', max: 30 },
  { key: 'major', label: '重大投诉', max: 30 },
  { key: 'serious', label: '严重投诉', max: 30 },
  { key: 'urgent', label: '紧急投诉', max: 10 },
  { key: 'departmentAnswer', label: '部门答复派工单', max: 30 },
  { key: 'capa', label: '纠正/预防措施报告', max: 30 },
  { key: 'revisitDays', label: '审核通过后回访', min: 1, max: 90, unit: '天' },
];

/** 处理时限 and the idle lock: office policy, so only a supervisor or manager changes it. */
export function TimeLimitsTab() {
  const settings = useSettings();
  const canEdit = useCurrentStaff().allows('supervisor');
  const [form] = Form.useForm<SettingsValues>();
  const { submit, pending } = useSaveForm({
    channel: 'settings.save',
    form,
    toInput: (values) => values,
    // auth.status carries the idle lock minutes the screen's timer uses.
    success: '处理时限与锁屏设置已保存',
    fields: ['timeLimits', 'idleLockMinutes'],
  });

  if (settings.isPending) return <Skeleton active />;
  if (settings.isError) return <QueryErrorAlert error={settings.error} onRetry={() => void settings.refetch()} />;

  return (
    <Form<SettingsValues>
      form={form}
      name="settings"
      layout="vertical"
      disabled={!canEdit}
      initialValues={settings.data}
      onFinish={() => void submit()}
      style={{ maxWidth: 720 }}
    >
      {!canEdit && <Alert type="info" showIcon title="只有主管或经理可以修改处理时限和锁屏设置。" style={{ marginBottom: 12 }} />}
      <Alert
        type="info"
        title="时限按工作日计算(跳过法定节假日,含调休上班日),0 表示当天办结;回访按自然日计算。已登记记录的期限不随之改变。"
        style={{ marginBottom: 12 }}
      />
      <Row gutter={16}>
        {limits.map((limit) => (
          <Col key={limit.key} xs={24} sm={12} md={8}>
            <Form.Item name={['timeLimits', limit.key]} label={limit.label} rules={[{ required: true, message: '请填写天数' }]}>
              <InputNumber min={limit.min ?? 0} max={limit.max} precision={0} suffix={limit.unit ?? '个工作日'} style={{ width: '100%' }} />
            </Form.Item>
          </Col>
        ))}
      </Row>
      <Form.Item
        name="idleLockMinutes"
        label="无人操作自动锁屏"
        extra="前台电脑无键盘鼠标操作超过这个时间后锁屏,需重新输入密码;0 表示不自动锁屏"
        rules={[{ required: true, message: '请填写分钟数' }]}
      >
        <InputNumber min={0} max={240} precision={0} suffix="分钟" style={{ width: 160 }} />
      </Form.Item>
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={pending}>
          保存
        </Button>
      )}
    </Form>
  );
}

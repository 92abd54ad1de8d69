import { Button, Card, Col, Form, InputNumber, Row, Skeleton } from 'antd';
import type { RepairTimerSettings } from '../../../../shared/domain/repairs/repair';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useSaveForm } from '../../forms/useSaveForm';

/** The same ranges as the contract's repairTimersInput. */
const timers: { key: keyof RepairTimerSettings; label: string; max: number; unit: string }[] = [
  { key: 'collectMinutes', label: '派工后接单', max: 240, unit: '分钟' },
  { key: 'onSiteMinutes', label: '接单后到场', max: 480, unit: '分钟' },
  { key: 'serviceDays', label: '非维修类完成', max: 60, unit: '天' },
  { key: 'repairDays', label: '维修类完成(未约定时)', max: 60, unit: '天' },
  { key: 'revisitDays', label: '完成后回访', max: 90, unit: '天' },
];

/** 报修服务时限 (the 报修 procedure's 10 minutes / 30 minutes / 5 days): office policy, kept by a supervisor. */
export function RepairTimersCard() {
  const current = useChannelQuery('repairs.timers', {});
  const canEdit = useCurrentStaff().allows('supervisor');
  const [form] = Form.useForm<RepairTimerSettings>();
  const { submit, pending } = useSaveForm({
    channel: 'repairs.saveTimers',
    form,
    toInput: (values) => values,
    success: '报修服务时限已保存',
    fields: timers.map((timer) => timer.key),
  });
  if (current.isPending) return <Skeleton active />;
  if (current.isError) return <QueryErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <Card size="small" title="报修服务时限" extra="已派工的报修按派工时的时限计算" style={{ maxWidth: 720, marginTop: 16 }} data-testid="repair-timers">
      <Form<RepairTimerSettings> form={form} layout="vertical" disabled={!canEdit} initialValues={current.data} onFinish={() => void submit()}>
        <Row gutter={16}>
          {timers.map((timer) => (
            <Col key={timer.key} xs={24} sm={12} md={8}>
              <Form.Item name={timer.key} label={timer.label} rules={[{ required: true, message: '请填写时限' }]}>
                <InputNumber min={1} max={timer.max} precision={0} suffix={timer.unit} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={pending}>
            保存报修时限
          </Button>
        )}
      </Form>
    </Card>
  );
}

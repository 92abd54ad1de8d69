import { Button, Card, Col, Form, InputNumber, Row } from 'antd';
import type { RevisitWindows } from '../../../../shared/domain/revisits/revisit';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { useSaveForm } from '../../forms/useSaveForm';

const fields: { key: keyof RevisitWindows; label: string; unit: string; min: number; max: number }[] = [
  { key: 'importantFromDays', label: '重要事项首次回访:完成后第', unit: '天起', min: 0, max: 60 },
  { key: 'importantToDays', label: '至第', unit: '天止', min: 1, max: 120 },
  { key: 'secondFromMonths', label: '十分重要事项第二次回访:第', unit: '个月起', min: 1, max: 24 },
  { key: 'secondToMonths', label: '至第', unit: '个月止', min: 1, max: 24 },
];

/** The windows of seed 002 (1 week–1 month, 3–6 months) as the office's settings; a supervisor changes them. */
export function RevisitWindowsCard() {
  const windows = useChannelQuery('revisits.windows', {});
  const canEdit = useCurrentStaff().allows('supervisor');
  const [form] = Form.useForm<RevisitWindows>();
  const { submit, pending } = useSaveForm({
    channel: 'revisits.saveWindows',
    form,
    toInput: (values) => values,
    success: '回访时间窗口已保存(对之后完成的记录生效)',
    fields: fields.map((field) => field.key),
  });
  if (!windows.data) return null;
  return (
    <Card size="small" title="回访时间窗口" extra="一般事项在完成后回访天数内回访(见“处理时限”)">
      <Form<RevisitWindows> form={form} layout="vertical" disabled={!canEdit} initialValues={windows.data} onFinish={() => void submit()}>
        <Row gutter={16}>
          {fields.map((field) => (
            <Col key={field.key} xs={24} sm={12} md={6}>
              <Form.Item name={field.key} label={field.label} rules={[{ required: true, message: '请填写' }]}>
                <InputNumber min={field.min} max={field.max} suffix={field.unit} style={{ width: '100%' }} />
              </Form.Item>
            </Col>
          ))}
        </Row>
        {canEdit && (
          <Button type="primary" htmlType="submit" loading={pending}>
            保存
          </Button>
        )}
      </Form>
    </Card>
  );
}

import { App, Button, Card, Col, Form, Input, Row, Space } from 'antd';
import type { Dayjs } from 'dayjs';
import { useNavigate } from 'react-router-dom';
import type { RepairCategory, RepairUrgency, RepairWorkKind } from '../../../../shared/domain/repairs/repair';
import { useChannelMutation } from '../../api/queries';
import { applyCallError } from '../../forms/applyCallError';
import { PaperNumberField } from '../../components/PaperNumberField';
import { MinuteDateTimePicker } from '../../forms/MinuteDateTimePicker';
import { SubmitTextArea } from '../../forms/SubmitTextArea';
import { officeNow } from '../../forms/officeNow';
import { toLocalDateTime } from '../../forms/localTime';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { DraftOffer } from '../../forms/DraftOffer';
import { LeaveGuard } from '../../forms/LeaveGuard';
import { useEntryDraft } from '../../forms/useEntryDraft';
import { useOneAtATime } from '../../forms/useOneAtATime';
import { RoomField } from '../../components/RoomField';
import { RepairClassificationFields } from './RepairClassificationFields';
import { PageTitle } from '../../components/PageTitle';

/** RoomField fills `complainantName` and `phone` from the room's owner; here that name is the 报修人. */
interface Values {
  reportedAt: Dayjs;
  roomId: number | null;
  roomText?: string;
  complainantName: string;
  phone?: string;
  content: string;
  location?: string;
  category: RepairCategory;
  workKind: RepairWorkKind;
  urgency: RepairUrgency;
  paperNumber?: string;
}

const fields = ['reportedAt', 'roomText', 'complainantName', 'phone', 'content', 'location', 'category', 'workKind', 'urgency', 'paperNumber'];

/** 登记报修 · 客户报修处理登记表: Tab order follows the paper; Enter saves (Ctrl+Enter in the content). */
export function RepairFormPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<Values>();
  const glyphRule = useGlyphRule();
  const create = useChannelMutation('repairs.create');
  const draft = useEntryDraft('repairIntake', form);
  const saving = useOneAtATime();

  const onFinish = (values: Values) =>
    saving.run(async () => {
    try {
      const record = await create.mutateAsync({
        reportedAt: toLocalDateTime(values.reportedAt),
        roomId: values.roomId ?? null,
        roomText: values.roomText ?? null,
        reporterName: values.complainantName,
        phone: values.phone ?? null,
        content: values.content,
        location: values.location ?? null,
        category: values.category,
        workKind: values.workKind,
        urgency: values.urgency,
        paperNumber: values.paperNumber ?? null,
      });
      await draft.discard();
      void message.success(`报修已登记,编号 ${record.number}`);
      navigate(`/repairs/${record.id}`, { replace: true });
    } catch (error) {
      applyCallError(form, error, message, { fields, rename: { roomId: 'roomText', reporterName: 'complainantName' } });
    }
    });

  return (
    <Card title={<PageTitle>登记报修 · 客户报修处理登记表</PageTitle>} size="small" style={{ maxWidth: 1100 }}>
      {draft.offer && <DraftOffer draft={draft.offer} onRestore={draft.restore} onDiscard={() => void draft.discard()} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ reportedAt: officeNow(), roomId: null, workKind: 'repair', urgency: 'normal' }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={draft.changed}
        data-testid="repair-intake-form"
      >
        <Row gutter={16}>
          <Col span={8}>
            <Form.Item name="reportedAt" label="报修时间" rules={[{ required: true, message: '请填写报修时间' }]}>
              <MinuteDateTimePicker when="past" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <RoomField glyphRule={glyphRule} />
          </Col>
          <Col span={8}>
            <Form.Item name="complainantName" label="报修人" rules={[{ required: true, whitespace: true, message: '请填写报修人' }, glyphRule]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="phone" label="联系电话">
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <RepairClassificationFields />
          <Col span={24}>
            <Form.Item name="content" label="报修内容" rules={[{ required: true, whitespace: true, message: '请填写报修内容' }, glyphRule]}>
              <SubmitTextArea maxLength={2000} />
            </Form.Item>
          </Col>
          <Col span={8}>
            <PaperNumberField kind="repair" />
          </Col>
        </Row>
        <Space>
          <Button type="primary" htmlType="submit" loading={saving.running} disabled={saving.running}>
            保存报修
          </Button>
          <Button
            htmlType="button"
            onClick={() => {
              form.resetFields();
              void draft.discard();
            }}
            disabled={saving.running}
          >
            清空重填
          </Button>
        </Space>
      </Form>
      <LeaveGuard {...draft.leave} />
    </Card>
  );
}

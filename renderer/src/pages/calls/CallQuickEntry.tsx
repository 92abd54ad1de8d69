import { App, Button, Col, Form, Input, Row } from 'antd';
import type { Dayjs } from 'dayjs';
import { useEffect, useRef, useState } from 'react';
import { useChannelMutation } from '../../api/queries';
import { applyCallError } from '../../forms/applyCallError';
import { MinuteDateTimePicker } from '../../forms/MinuteDateTimePicker';
import { toLocalDateTime } from '../../forms/localTime';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { DraftOffer } from '../../forms/DraftOffer';
import { LeaveGuard } from '../../forms/LeaveGuard';
import { useEntryDraft } from '../../forms/useEntryDraft';
import { useOneAtATime } from '../../forms/useOneAtATime';
import { RoomField } from '../../components/RoomField';
import { PaperNumberField } from '../../components/PaperNumberField';

/** RoomField fills `complainantName` and `phone` from the room's owner; here that name is the caller. */
interface Values {
  calledAt?: Dayjs | null;
  roomId: number | null;
  roomText?: string;
  complainantName?: string;
  phone?: string;
  matter: string;
  paperNumber?: string;
}

const fields = ['calledAt', 'roomText', 'complainantName', 'phone', 'matter', 'paperNumber'];

/**
 * The phone is ringing: room (finds the owner), caller, number, matter, Enter. The time is the office clock's
 * when the call is saved unless another is picked. The form clears and the room field takes the focus again, once
 * the page has settled after the save (focused earlier, the re-render after the save took it away again).
 */
export function CallQuickEntry() {
  const { message } = App.useApp();
  const [form] = Form.useForm<Values>();
  const glyphRule = useGlyphRule();
  const create = useChannelMutation('calls.create');
  const container = useRef<HTMLDivElement>(null);
  const draft = useEntryDraft('callEntry', form);
  const saving = useOneAtATime();
  const [saved, setSaved] = useState(0);

  useEffect(() => {
    if (saved === 0 || saving.running) return;
    container.current?.querySelector<HTMLInputElement>('[data-testid="room-autocomplete"] input, input[data-testid="room-autocomplete"]')?.focus();
  }, [saved, saving.running]);

  const onFinish = (values: Values) =>
    saving.run(async () => {
    try {
      const saved = await create.mutateAsync({
        calledAt: values.calledAt ? toLocalDateTime(values.calledAt) : null,
        roomId: values.roomId ?? null,
        roomText: values.roomText ?? null,
        callerName: values.complainantName ?? null,
        phone: values.phone ?? null,
        matter: values.matter,
        paperNumber: values.paperNumber ?? null,
      });
      await draft.discard();
      void message.success(`来电已记录,编号 ${saved.number}`);
      form.resetFields();
      setSaved((count) => count + 1);
    } catch (error) {
      applyCallError(form, error, message, { fields, rename: { roomId: 'roomText', callerName: 'complainantName' } });
    }
    });

  return (
    <div ref={container}>
      {draft.offer && <DraftOffer draft={draft.offer} onRestore={draft.restore} onDiscard={() => void draft.discard()} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ roomId: null }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={draft.changed}
        data-testid="call-entry-form"
      >
        <Row gutter={12} align="bottom">
          <Col span={4}>
            <Form.Item name="calledAt" label="来电时间">
              <MinuteDateTimePicker when="past" placeholder="现在" />
            </Form.Item>
          </Col>
          <Col span={5}>
            <RoomField glyphRule={glyphRule} />
          </Col>
          <Col span={3}>
            <Form.Item name="complainantName" label="来电人" rules={[glyphRule]}>
              <Input maxLength={40} />
            </Form.Item>
          </Col>
          <Col span={4}>
            <Form.Item name="phone" label="来电号码">
              <Input maxLength={30} inputMode="tel" />
            </Form.Item>
          </Col>
          <Col span={6}>
            <Form.Item name="matter" label="事项内容" rules={[{ required: true, whitespace: true, message: '请填写来电事项' }, glyphRule]}>
              <Input maxLength={1000} placeholder="回车保存" />
            </Form.Item>
          </Col>
          <Col span={2}>
            <Form.Item label=" ">
              <Button type="primary" htmlType="submit" loading={saving.running} disabled={saving.running}>
                记录
              </Button>
            </Form.Item>
          </Col>
        </Row>
        {/* A call first written on a blank call sheet (the PC was down) keeps its row's number. */}
        <Row gutter={12}>
          <Col span={9}>
            <PaperNumberField kind="call" />
          </Col>
        </Row>
      </Form>
      <LeaveGuard {...draft.leave} />
    </div>
  );
}

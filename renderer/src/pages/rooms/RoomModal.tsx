import { Col, Form, Input, Modal, Row } from 'antd';
import type { ChannelInput } from '../../../../shared/contract/channels';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { Room } from '../../../../shared/domain/office/officeRecords';
import type { Editing } from '../../forms/editing';
import { useSaveForm } from '../../forms/useSaveForm';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { OwnersField } from './OwnersField';

type RoomValues = ChannelInput<'rooms.save'>;
const partRules = (label: string) => [
  { required: true, whitespace: true, message: `请填写${label}` },
  { pattern: /^[^-\s]+$/, message: `${label}中不能有横线或空格` },
];

function initialValues(room: Room | null): RoomValues {
  if (!room) return { building: '', unit: '', roomNo: '', owners: [{ name: '', phone: '' }], note: '' };
  const owners = room.owners.map((owner) => ({ name: owner.name, phone: owner.phone ?? '' }));
  return { building: room.building, unit: room.unit, roomNo: room.roomNo, owners, note: room.note ?? '' };
}

export function RoomModal({ editing, onClose }: { editing: Editing<Room>; onClose: () => void }) {
  const glyphRule = useGlyphRule();
  const [form] = Form.useForm<RoomValues>();
  const existing = editing === 'new' ? null : editing;
  const { submit, pending } = useSaveForm({
    channel: 'rooms.save',
    form,
    toInput: (values) => ({ ...values, id: existing?.id }),
    success: (room) => `房屋 ${room.label} 已保存`,
    fields: ['building', 'unit', 'roomNo', 'owners', 'note'],
    onDone: onClose,
  });

  return (
    <Modal
      title={existing ? `修改房屋 ${existing.label}` : '新增房屋'}
      open={editing !== null}
      onOk={() => void submit()}
      onCancel={onClose}
      okText="保存"
      confirmLoading={pending}
      destroyOnHidden
      width={560}
    >
      <Form<RoomValues> form={form} name="room" layout="vertical" preserve={false} initialValues={initialValues(existing)} onFinish={() => void submit()}>
        <Row gutter={12}>
          <Col span={8}>
            <Form.Item name="building" label={fieldLabels.building} rules={partRules('楼栋')}>
              <Input maxLength={12} autoFocus placeholder="如 3" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="unit" label={fieldLabels.unit} rules={partRules('单元')}>
              <Input maxLength={12} placeholder="如 1" />
            </Form.Item>
          </Col>
          <Col span={8}>
            <Form.Item name="roomNo" label={fieldLabels.roomNo} rules={partRules('房号')}>
              <Input maxLength={12} placeholder="如 1502" />
            </Form.Item>
          </Col>
        </Row>
        <OwnersField glyphRule={glyphRule} />
        <Form.Item name="note" label={fieldLabels.note ?? '备注'} rules={[glyphRule]}>
          <Input.TextArea autoSize={{ minRows: 1, maxRows: 4 }} maxLength={200} />
        </Form.Item>
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

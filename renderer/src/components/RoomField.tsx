import { AutoComplete, Form, Typography, type FormRule } from 'antd';
import { useRef, useState } from 'react';
import { fieldLabels } from '../../../shared/domain/fieldLabels';
import { maskPhone } from '../../../shared/domain/masking';
import type { Owner, Room } from '../../../shared/domain/office/officeRecords';
import { useChannelQuery } from '../api/queries';
import { useDebouncedValue } from '../hooks/useDebouncedValue';
import { StoredValue } from './StoredValue';
import { OwnerPicker } from './OwnerPicker';

interface Props {
  glyphRule: FormRule;
}

function optionLabel(room: Room) {
  const owners = room.owners.map((owner) => `${owner.name} ${maskPhone(owner.phone)}`.trim()).join(',');
  return (
    <span>
      <strong>{room.label}</strong>
      {owners && <Typography.Text type="secondary"> {owners}</Typography.Text>}
    </span>
  );
}

/**
 * 房号: the clerk types a room ("1502", "3-1-1502") or an owner's name; choosing a match links the room and
 * fills the complainant from its owner. Text that matches nothing is kept as written (roomText).
 */
export function RoomField({ glyphRule }: Props) {
  const form = Form.useFormInstance();
  const [search, setSearch] = useState('');
  const [room, setRoom] = useState<Room | null>(null);
  const filled = useRef<{ name?: string; phone?: string }>({});
  // Read synchronously: onSelect and onChange fire in the same tick, before `room` state updates.
  const linkedLabel = useRef<string | null>(null);
  const q = useDebouncedValue(search.trim(), 200);
  const lookup = useChannelQuery('rooms.lookup', { q, limit: 10 }, { enabled: q.length > 0 });
  const rooms = q.length > 0 ? (lookup.data ?? []) : [];

  const fillOwner = (owner: Owner | undefined) => {
    if (!owner || form.getFieldValue('anonymous')) return;
    const currentName = form.getFieldValue('complainantName') as string | undefined;
    const currentPhone = form.getFieldValue('phone') as string | undefined;
    // Only replace what is empty or was filled from a room before: never what the clerk typed.
    const patch: Record<string, string | undefined> = {};
    if (!currentName || currentName === filled.current.name) patch.complainantName = owner.name;
    if (!currentPhone || currentPhone === filled.current.phone) patch.phone = owner.phone ?? undefined;
    filled.current = { name: owner.name, phone: owner.phone ?? undefined };
    form.setFieldsValue(patch);
    if (Object.keys(patch).length > 0) void form.validateFields(Object.keys(patch)).catch(() => undefined);
  };

  const choose = (label: string) => {
    const chosen = rooms.find((candidate) => candidate.label === label);
    if (!chosen) return;
    setRoom(chosen);
    linkedLabel.current = chosen.label;
    form.setFieldsValue({ roomId: chosen.id, roomText: chosen.label });
    fillOwner(chosen.owners[0]);
  };

  const onTextChange = (text: string) => {
    setSearch(text);
    if (linkedLabel.current !== null && text !== linkedLabel.current) {
      linkedLabel.current = null;
      setRoom(null);
      form.setFieldValue('roomId', null);
    }
  };

  // The form may have been reset under us: trust only a room the form still links.
  const roomId = Form.useWatch('roomId', form) as number | null | undefined;
  const text = Form.useWatch('roomText', form) as string | undefined;
  const linked = room && room.id === roomId ? room : null;
  const unmatched = !linked && Boolean(text?.trim()) && q.length > 0 && lookup.isSuccess && rooms.length === 0;
  const extra = linked ? (
    <OwnerPicker room={linked} onPick={fillOwner} />
  ) : unmatched ? (
    <Typography.Text type="secondary">未找到已登记的房屋,将按填写内容保存</Typography.Text>
  ) : undefined;

  return (
    <>
      <Form.Item name="roomId" hidden>
        <StoredValue />
      </Form.Item>
      <Form.Item name="roomText" label={fieldLabels.roomText} rules={[glyphRule]} extra={extra}>
        <AutoComplete
          options={rooms.map((candidate) => ({ value: candidate.label, label: optionLabel(candidate) }))}
          showSearch={{ onSearch: setSearch, filterOption: false }}
          defaultActiveFirstOption
          onChange={onTextChange}
          onSelect={choose}
          placeholder="输入房号或业主姓名,如 3-1-1502"
          data-testid="room-autocomplete"
        />
      </Form.Item>
    </>
  );
}

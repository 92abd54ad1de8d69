import { AutoComplete, Form, Typography, type FormRule } from 'antd';
import { useRef, useState } from 'react';
import { fieldLabels } from '../../../shared/domain/fieldLabels';
import { maskPhone } from '../../../shared/domain/masking';
import type { Owner, Room } from '../../../shared/domain/office/officeRecords';
import { placeOf, placeText, roomPlaces, unlinkedRoomProblem, type RoomPlace } from '../../../shared/domain/roomPlace';
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
 * fills the complainant from its owner. Text that matches no registered room is offered as an explicit place —
 * 公共区域 or 非登记房号 with the text as its description — and nothing else is saved: never a name left there.
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

  // Checked again on save: a room, a place, or nothing.
  const roomRule = {
    validator: async (_rule: unknown, value: string | undefined) => {
      if (form.getFieldValue('roomId') != null) return;
      const problem = unlinkedRoomProblem(value?.trim() ? value.trim() : null);
      if (problem) throw new Error(problem);
    },
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
  const typed = text?.trim() ?? '';
  const place = typed ? placeOf(typed) : null;
  const unmatched = !linked && !place && Boolean(typed) && q.length > 0 && lookup.isSuccess && rooms.length === 0;
  const placeOptions = unmatched
    ? (Object.keys(roomPlaces) as RoomPlace[]).map((kind) => ({
        value: placeText(kind, typed),
        label: <span data-testid={`room-place-${kind}`}>{`${roomPlaces[kind]}：${typed}`}</span>,
      }))
    : [];
  const extra = linked ? (
    <OwnerPicker room={linked} onPick={fillOwner} />
  ) : unmatched ? (
    <Typography.Text type="secondary">未找到已登记的房屋：请选择“公共区域”或“非登记房号”，或改正房号</Typography.Text>
  ) : place ? (
    <Typography.Text type="secondary">按{roomPlaces[place]}保存</Typography.Text>
  ) : undefined;

  return (
    <>
      <Form.Item name="roomId" hidden>
        <StoredValue />
      </Form.Item>
      <Form.Item name="roomText" label={fieldLabels.roomText} rules={[glyphRule, roomRule]} extra={extra}>
        <AutoComplete
          options={[...rooms.map((candidate) => ({ value: candidate.label, label: optionLabel(candidate) })), ...placeOptions]}
          showSearch={{ onSearch: setSearch, filterOption: false }}
          // A place is picked, never taken by the Enter that saves the form.
          defaultActiveFirstOption={!unmatched}
          onChange={onTextChange}
          onSelect={choose}
          placeholder="输入房号或业主姓名,如 3-1-1502"
          data-testid="room-autocomplete"
        />
      </Form.Item>
    </>
  );
}

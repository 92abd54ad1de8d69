import { Select } from 'antd';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { useDebouncedValue } from '../../hooks/useDebouncedValue';
import { roomRoute } from '../../components/RoomLink';

/** 按业主找房: a name or phone (whole or its last digits) opens that owner's room; phones stay masked. */
export function OwnerFinder() {
  const navigate = useNavigate();
  const [text, setText] = useState('');
  const q = useDebouncedValue(text.trim(), 250);
  const found = useChannelQuery('rooms.findByOwner', { q }, { enabled: q.length > 0 });
  return (
    <Select
      showSearch={{ filterOption: false, onSearch: setText, searchValue: text }}
      value={null}
      placeholder="按业主姓名或电话找房屋"
      aria-label="按业主姓名或电话找房屋"
      notFoundContent={q && !found.isFetching ? '没有找到' : null}
      loading={found.isFetching}
      options={(found.data ?? []).map((room) => ({
        value: room.id,
        label: `${room.label}  ${room.owners.map((owner) => `${owner.name} ${owner.phoneMasked}`.trim()).join('、')}`,
      }))}
      onChange={(roomId: number) => navigate(roomRoute(roomId))}
      style={{ width: 300 }}
    />
  );
}

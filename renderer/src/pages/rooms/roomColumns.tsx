import { Button, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { maskPhone } from '../../../../shared/domain/masking';
import type { Room } from '../../../../shared/domain/office/officeRecords';
import { roomRoute } from '../../components/RoomLink';

/** Phones are masked here; the edit dialog shows them in full. */
export function roomColumns(onEdit: (room: Room) => void): TableColumnsType<Room> {
  return [
    {
      title: '房号',
      dataIndex: 'label',
      width: 120,
      render: (label: string, room) => (
        <Link to={roomRoute(room.id)} title="打开房屋档案">
          <strong>{label}</strong>
        </Link>
      ),
    },
    { title: '楼栋', dataIndex: 'building', width: 70 },
    { title: '单元', dataIndex: 'unit', width: 70 },
    { title: '室', dataIndex: 'roomNo', width: 80 },
    {
      title: '业主',
      key: 'owners',
      render: (_value, room) => room.owners.map((owner) => owner.name).join('、') || '—',
    },
    {
      title: '联系电话',
      key: 'phones',
      width: 240,
      render: (_value, room) =>
        room.owners
          .map((owner) => maskPhone(owner.phone))
          .filter(Boolean)
          .join('、') || '—',
    },
    { title: '备注', dataIndex: 'note', ellipsis: true },
    {
      title: '操作',
      key: 'actions',
      width: 70,
      render: (_value, room) => (
        <Button type="link" size="small" onClick={() => onEdit(room)}>
          编辑
        </Button>
      ),
    },
  ];
}

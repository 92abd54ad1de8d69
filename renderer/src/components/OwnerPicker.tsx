import { Radio, Typography } from 'antd';
import type { Owner, Room } from '../../../shared/domain/office/officeRecords';

interface Props {
  room: Room;
  onPick: (owner: Owner) => void;
}

/** The linked room, and when it has several owners, which of them is complaining. */
export function OwnerPicker({ room, onPick }: Props) {
  if (room.owners.length <= 1) {
    return (
      <Typography.Text type="secondary">
        已关联登记房屋 {room.label}
        {room.owners[0] ? `,业主 ${room.owners[0].name}` : ',未登记业主'}
      </Typography.Text>
    );
  }
  return (
    <span>
      <Typography.Text type="secondary">已关联 {room.label},选择投诉的业主:</Typography.Text>
      <Radio.Group
        size="small"
        optionType="button"
        defaultValue={room.owners[0]?.id}
        aria-label="选择业主"
        options={room.owners.map((owner) => ({ value: owner.id, label: owner.name }))}
        onChange={(event) => {
          const owner = room.owners.find((candidate) => candidate.id === event.target.value);
          if (owner) onPick(owner);
        }}
        style={{ marginTop: 4 }}
      />
    </span>
  );
}

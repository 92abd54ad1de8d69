import { roomInput } from '../../../shared/domain/office/officeSchemas';
import { roomLabel } from '../../../shared/domain/office/office';
import { readRoomText, roomPartText } from '../../../shared/domain/office/roomText';
import { insertRoom, replaceOwners } from '../office/officeRepository';
import { text } from '../imports/cellReaders';
import { phoneColumn } from '../imports/commonColumns';
import { column, defineImportKind } from '../imports/importKind';
import { roomIdsByLabel } from '../imports/importRepository';
import { parseRow } from '../imports/rowSchema';

const columns = {
  building: column('楼栋', text(12), { synonyms: ['楼号', '栋号', '楼栋号', '幢号'], hint: '如 3 或 3栋;与“单元”“房号”分列填写时用' }),
  unit: column('单元', text(12), { synonyms: ['单元号'], hint: '如 1 或 1单元' }),
  room: column('房号', text(40), {
    synonyms: ['房屋', '房间号', '户号', '门牌号', '楼栋房号'],
    required: true,
    hint: '有“楼栋”“单元”列时只填房号(如 1502),否则写全:3-1-1502 或 3栋1单元1502室',
  }),
  owners: column('业主姓名', text(100), { synonyms: ['业主', '户主', '姓名', '业主名称'], hint: '几位业主时用“、”分开;电话记在第一位名下' }),
  phone: phoneColumn('联系电话', '业主电话'),
  note: column('备注', text(200), { synonyms: ['说明'], hint: '可空' }),
};

interface RoomRecord {
  building: string;
  unit: string;
  roomNo: string;
  label: string;
  note: string | null;
  owners: { name: string; phone: string | null }[];
}

/**
 * 房屋与业主, brought in at set-up from the office's room list: one row a room. A room the office already has is
 * left as it is (skipped, never overwritten); the same room twice in one file is a fault of the file.
 */
export const roomImportKind = defineImportKind({
  kind: 'rooms',
  label: '房屋与业主',
  entity: 'room',
  numbering: null,
  columns,
  async begin(db) {
    return { rooms: await roomIdsByLabel(db), seen: new Map<string, true>() };
  },
  check(values, state) {
    const separate = values.building !== undefined && values.unit !== undefined;
    const whole = separate ? null : readRoomText(values.room ?? '');
    if (whole && !whole.ok) return { problems: [{ field: 'room', message: whole.message }] };
    const [building, unit, roomNo] = whole?.ok
      ? [whole.building, whole.unit, whole.roomNo]
      : [roomPartText(values.building!, 'building'), roomPartText(values.unit!, 'unit'), roomPartText(values.room!, 'roomNo')];
    const names = (values.owners ?? '').split(/[、,，;；/]/).map((name) => name.trim()).filter(Boolean);
    const owners = names.map((name, index) => ({ name, phone: index === 0 ? (values.phone ?? null) : null }));
    const parsed = parseRow(roomInput, { building, unit, roomNo, owners, note: values.note ?? null }, {
      building: separate ? 'building' : 'room',
      unit: separate ? 'unit' : 'room',
      roomNo: 'room',
      owners: 'owners',
      note: 'note',
    });
    if (!parsed.ok) return { problems: parsed.problems };
    const label = roomLabel(parsed.value.building, parsed.value.unit, parsed.value.roomNo);
    if (state.rooms.has(label)) return { skip: `房屋 ${label} 已登记,保留现有登记,不覆盖` };
    if (state.seen.has(label)) return { problems: [{ field: 'room', message: `房屋 ${label} 在文件中出现了不止一次:一套房屋只写一行` }] };
    state.seen.set(label, true);
    return { record: { ...parsed.value, label }, at: '', originalNumber: null };
  },
  async write(trx, record: RoomRecord) {
    const id = await insertRoom(trx, { building: record.building, unit: record.unit, room_no: record.roomNo, label: record.label, note: record.note });
    await replaceOwners(trx, id, record.owners);
    return id;
  },
});

/**
 * Where a record happened when it is not one of the office's registered rooms: an explicit choice, written before
 * the clerk's description (公共区域：3栋电梯厅, 非登记房号：12-3-0101), never a name typed into the room field.
 */
export const roomPlaces = {
  public: '公共区域',
  unregistered: '非登记房号',
} as const;

export type RoomPlace = keyof typeof roomPlaces;

const separator = '：';

export function placeText(place: RoomPlace, description: string): string {
  const text = description.trim();
  return text ? `${roomPlaces[place]}${separator}${text}` : roomPlaces[place];
}

/** The place a room text names, or null when it names none (a room number or a name typed and not matched). */
export function placeOf(text: string): RoomPlace | null {
  for (const [place, label] of Object.entries(roomPlaces) as [RoomPlace, string][]) {
    if (text === label || text.startsWith(`${label}${separator}`)) return place;
  }
  return null;
}

/** Why a room text without a registered room cannot be saved, or null when it can. */
export function unlinkedRoomProblem(text: string | null): string | null {
  if (text === null || text.trim() === '') return null;
  const place = placeOf(text);
  if (place === 'public') return null;
  if (place === 'unregistered' && text.length > roomPlaces.unregistered.length + separator.length) return null;
  if (place === 'unregistered') return '请在“非登记房号”后写明房号或地址。';
  return `“${text}”不是已登记的房屋：请从列表中选择房屋，或选择“公共区域”或“非登记房号”并写明。`;
}

/** How a room label a room filter asks for may begin: the room itself, or the same number kept as 非登记房号. */
export function roomLabelStarts(room: string): string[] {
  return [room, placeText('unregistered', room)];
}

/** The number a 非登记房号 label keeps after its place (“非登记房号：12-3-0101” → “12-3-0101”), else null. */
export function unregisteredNumber(label: string): string | null {
  const start = `${roomPlaces.unregistered}${separator}`;
  return label.startsWith(start) && label.length > start.length ? label.slice(start.length) : null;
}

/** A searched text that may be a record number's tail (“0012”) or a room (“1502”, “3-1-1502”), as the lists read it. */
export function searchedTail(q: string): { numberTail: boolean; room: boolean } {
  return { numberTail: /^\d{2,}$/.test(q), room: /^[\dA-Za-z]+(-[\dA-Za-z]+)*$/.test(q) && /\d/.test(q) };
}

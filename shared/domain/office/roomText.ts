import { halfWidth } from '../text';
import { roomLabel } from './office';

export type TypedRoom = { ok: true; building: string; unit: string; roomNo: string; label: string } | { ok: false; message: string };

const example = '如 3-1-1502 或 3栋1单元1502室';
const buildingMark = /(号楼|栋|幢|座|#)$/;
const unitMark = /单元$/;
const roomMark = /(室|号房|房|号)$/;

/** One part of a room's address typed on its own (楼栋 “3栋”, 单元 “1单元”, 房号 “1502室”), without its mark. */
export function roomPartText(typed: string, part: 'building' | 'unit' | 'roomNo'): string {
  const text = halfWidth(typed).trim().replace(/\s+/g, '');
  const mark = part === 'building' ? buildingMark : part === 'unit' ? unitMark : roomMark;
  return text.replace(mark, '');
}

/**
 * A room written whole, as ledgers write it: 3-1-1502, 3/1/1502, 3栋1单元1502室, 3号楼1单元1502, A座2单元301,
 * 3#1-1502. Read into building, unit and room, never completed: “1502” or “3-1502” names no room on its own.
 */
export function readRoomText(typed: string): TypedRoom {
  const shown = typed.trim();
  const text = halfWidth(typed).trim().replace(/\s+/g, '').replace(/[—–－]/g, '-');
  const marked = /^(.+?)(?:号楼|栋|幢|座|#)-?(.+?)(?:单元-?|-)(.+?)(?:室|号房|房|号)?$/.exec(text);
  const plain = /^([^-/]+)[-/]([^-/]+)[-/]([^-/]+?)(?:室|号房|房|号)?$/.exec(text);
  const parts = marked ?? plain;
  if (!parts) {
    return { ok: false, message: `房号“${shown}”不完整或看不懂:请写明楼栋、单元和房号,${example}` };
  }
  const [building, unit, roomNo] = [parts[1]!, parts[2]!, parts[3]!];
  if ([building, unit, roomNo].some((part) => /[-/单元栋幢座]/.test(part))) {
    return { ok: false, message: `房号“${shown}”看不懂:请写明楼栋、单元和房号,${example}` };
  }
  return { ok: true, building, unit, roomNo, label: roomLabel(building, unit, roomNo) };
}

/** A search's text read as one whole room (3栋1单元802, 3#1-802 → 3-1-802), or null: the list finds its records. */
export function roomFromText(text: string): string | null {
  const room = readRoomText(text);
  return room.ok ? room.label : null;
}

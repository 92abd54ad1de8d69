import { roomFromText } from '../../../../shared/domain/office/roomText';

/** The words a list marks as found for its search: the text typed, and the room it names in the stored spelling (3栋2单元501 → 3-2-501). */
export function searchHits(q: string | null | undefined): string[] {
  const text = q?.trim();
  if (!text) return [];
  const room = roomFromText(text);
  return room && room !== text ? [text, room] : [text];
}

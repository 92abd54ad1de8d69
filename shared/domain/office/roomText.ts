/**
 * A room as people write it — 3-1-802, 3栋1单元802, 3#1-802, 3号楼1单元802室, 3幢1－802 — in the form the ledgers
 * keep (楼栋-单元-房号, roomLabel in office.ts); null when the text is not a whole room.
 */
const roomPattern =
  /^([A-Za-z0-9]{1,4})\s*(?:号楼|栋|幢|座|#|＃|-|－|—|_)\s*([A-Za-z0-9]{1,3})\s*(?:单元|-|－|—|_)\s*([A-Za-z0-9]{1,5})\s*(?:室|号|房)?$/;

export function roomFromText(text: string): string | null {
  const match = roomPattern.exec(text.trim());
  if (!match) return null;
  const [, building, unit, room] = match;
  return `${building}-${unit}-${room}`;
}

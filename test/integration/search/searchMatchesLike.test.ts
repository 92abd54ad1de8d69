import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { minimalIntake } from '../../helpers/intakeFixture';
import { inspectFile } from '../../helpers/sqliteFile';
import { databaseFileName } from '../../../electron/app/openApp';

const texts = [
  { content: '楼上卫生间漏水,天花板渗水发霉', demand: '尽快维修', complainantName: '陈喆', phone: '13912345678', roomText: '非登记房号：3-1-1502' },
  { content: '水管爆裂漏水严重,WiFi 路由器泡水', demand: '赔偿损失', complainantName: '王堃', phone: '13800138000', roomText: '非登记房号：12-1-502' },
  { content: '电梯困人,物业电话无人接听', demand: '检修电梯', complainantName: '李䶮', phone: null, roomText: '非登记房号：3-2-1502' },
  { content: '100% 的业主都说 wifi 信号差_请处理', demand: null, complainantName: '张犇', phone: '13698765432', roomText: '非登记房号：A-1-101' },
  { content: '水', demand: '漏', complainantName: '赵水', phone: null, roomText: null },
  { content: '垃圾房旁积水未清扫,漏水处结冰', demand: '及时清扫漏水', complainantName: '周珺', phone: '13900001111', roomText: '非登记房号：5-1-1502' },
];

/** The list's text search by LIKE: the complaint's texts, the number or its tail, a phone's tail, a room. */
function likeIds(file: string, q: string): number[] {
  const escaped = `%${q.replace(/[\\%_]/g, (char) => `\\${char}`)}%`;
  return inspectFile(file, (raw) =>
    raw
      .prepare(
        `SELECT id FROM complaints WHERE number = @q OR content LIKE @p ESCAPE '\\' OR demand LIKE @p ESCAPE '\\'
         OR complainant_name LIKE @p ESCAPE '\\' OR target_description LIKE @p ESCAPE '\\'
         OR (@digits AND phone LIKE '%' || @q ESCAPE '\\') OR (@tail AND number LIKE '%' || @q)
         OR (@room AND (room_label LIKE @q || '%' OR room_label LIKE '非登记房号：' || @q || '%' OR room_label LIKE '%-' || @q))
         ORDER BY received_at DESC, id DESC`,
      )
      .pluck()
      .all({ q, p: escaped, digits: /^\d{4,}$/.test(q) ? 1 : 0, tail: /^\d{2,}$/.test(q) ? 1 : 0, room: /^[\dA-Za-z]+(-[\dA-Za-z]+)*$/.test(q) && /\d/.test(q) ? 1 : 0 }) as number[],
  );
}

/** A room as the filter reads it: the label's start (also after 非登记房号：) or its `-number` end. */
function roomLikeIds(file: string, room: string): number[] {
  const escaped = room.replace(/[\\%_]/g, (char) => `\\${char}`);
  return inspectFile(file, (raw) =>
    raw
      .prepare(`SELECT id FROM complaints WHERE room_label LIKE ? ESCAPE '\\' OR room_label LIKE ? ESCAPE '\\' OR room_label LIKE ? ESCAPE '\\' ORDER BY received_at DESC, id DESC`)
      .pluck()
      .all(`${escaped}%`, `非登记房号：${escaped}%`, `%-${escaped}`) as number[],
  );
}

/** Terms of 1 to 4 characters cut from the fixture's own texts, their ASCII case turned, and some absent ones. */
function termsOf(length: number): string[] {
  const terms = new Set<string>();
  for (const text of texts) {
    const chars = [...`${text.content}${text.demand ?? ''}${text.complainantName}`];
    for (let i = 0; i + length <= chars.length; i += 3) terms.add(chars.slice(i, i + length).join(''));
  }
  for (const term of [...terms]) if (/[a-z]/i.test(term)) terms.add(term.toUpperCase());
  for (const absent of ['鑫', '鑫鑫', '漏电', '漏水漏水', '%', '_', '\\']) if ([...absent].length === length || length === 1) terms.add(absent);
  // The search box trims what is typed: a term with a space at either end is another term.
  return [...terms].filter((term) => term.trim() === term);
}

describe('the complaint search index', () => {
  let office: TestOffice;
  let file: string;
  const ids: number[] = [];
  beforeAll(async () => {
    office = await openTestOffice();
    file = join(office.dataDir, databaseFileName);
    for (const [i, text] of texts.entries()) {
      const created = await office.app.call('complaints.create', minimalIntake({ ...text, receivedAt: `2026-11-${10 + i}T09:00`, targetDescription: i === 1 ? '夜班保安' : null }));
      ids.push(created.id);
    }
  });
  afterAll(async () => {
    await office.close();
  });

  async function searched(input: { q?: string; room?: string }): Promise<number[]> {
    return (await office.app.call('complaints.list', { ...input, pageSize: 200 })).items.map((item) => item.id);
  }

  async function expectSameAsLike(terms: string[]) {
    for (const q of terms) expect({ q, ids: await searched({ q }) }).toEqual({ q, ids: likeIds(file, q) });
  }

  it.each([1, 2, 3, 4])('finds exactly what LIKE finds for %i-character terms', async (length) => {
    const terms = termsOf(length);
    expect(terms.length).toBeGreaterThan(5);
    await expectSameAsLike(terms);
  });

  it('finds a record by its number and by the tail of a phone, as LIKE does', async () => {
    const numbers = inspectFile(file, (raw) => raw.prepare('SELECT number FROM complaints').pluck().all() as string[]);
    await expectSameAsLike([numbers[2]!, '5678', '1234567', '0000', '138', numbers[2]!.slice(-4), '0001', '1502', '3-1-1502', '502', 'A-1-101', '101']);
    expect(await searched({ q: numbers[2]! })).toEqual([ids[2]]);
    // A number's tail and a room typed into the search box find their records.
    expect(await searched({ q: numbers[2]!.slice(-4) })).toEqual([ids[2]]);
    expect(await searched({ q: '3-1-1502' })).toEqual([ids[0]]);
    expect(await searched({ q: '1502' })).toEqual(expect.arrayContaining([ids[0], ids[2], ids[5]]));
  });

  it('filters rooms by label start and by `-number` end, as LIKE does', async () => {
    for (const room of ['1502', '3-1-1502', '3', '502', '12-1', 'a-1-101', 'A-1', '1-101', '9-9-999']) {
      expect({ room, ids: await searched({ room }) }).toEqual({ room, ids: roomLikeIds(file, room) });
    }
  });

  it('follows corrections: new text is found, old text is not, a moved receipt date is still found', async () => {
    await office.app.call('complaints.edit', { id: ids[0]!, content: '外墙瓷砖脱落砸坏车辆', demand: '赔偿修车费用' });
    await office.app.call('complaints.edit', { id: ids[1]!, receivedAt: '2019-03-01T10:00', roomText: '非登记房号：7-2-702' });
    expect(await searched({ q: '瓷砖' })).toEqual([ids[0]]);
    expect(await searched({ q: '渗水发霉' })).toEqual([]);
    expect(await searched({ room: '702' })).toEqual([ids[1]]);
    expect(await searched({ room: '12-1-502' })).toEqual([]);
    await expectSameAsLike([...termsOf(2), '瓷砖', '砸坏车辆', '水管爆裂', '修']);
  });

  it('keeps voided records searchable, exactly as LIKE does', async () => {
    await office.asSupervisor.call('complaints.void', { id: ids[2]!, reason: '重复登记' });
    expect(await searched({ q: '电梯困人' })).toEqual([ids[2]]);
    await expectSameAsLike([...termsOf(1), ...termsOf(4)]);
  });
});

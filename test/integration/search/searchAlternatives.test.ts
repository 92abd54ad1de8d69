import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { minimalIntake } from '../../helpers/intakeFixture';

/** The list search also finds people by pinyin, records by their number's tail, rooms however they are written. */
describe('the list search beyond the texts', () => {
  let office: TestOffice;
  const numbers: Record<string, string> = {};
  beforeAll(async () => {
    office = await openTestOffice();
    const people = [
      { complainantName: '王堃', content: '楼道灯不亮', building: '3', unit: '1', roomNo: '802' },
      { complainantName: '单雪', content: '垃圾没人清', building: '12', unit: '2', roomNo: '1903' },
      { complainantName: '吴凯', content: '车位被占', building: '5', unit: '1', roomNo: '101' },
    ];
    for (const [i, person] of people.entries()) {
      const room = await office.app.call('rooms.save', { building: person.building, unit: person.unit, roomNo: person.roomNo, owners: [{ name: person.complainantName }] });
      const created = await office.app.call(
        'complaints.create',
        minimalIntake({ complainantName: person.complainantName, content: person.content, roomId: room.id, receivedAt: `2026-11-${10 + i}T09:00` }),
      );
      numbers[person.complainantName] = created.number;
    }
  });
  afterAll(async () => {
    await office.close();
  });

  const names = async (q: string) => (await office.app.call('complaints.list', { q, pageSize: 50 })).items.map((item) => item.complainantName).sort();

  it('finds people by pinyin initials and by whole or partial pinyin', async () => {
    expect(await names('wk')).toEqual(['吴凯', '王堃']);
    expect(await names('wukai')).toEqual(['吴凯']);
    expect(await names('wangkun')).toEqual(['王堃']);
    expect(await names('WangK')).toEqual(['王堃']);
    // 单 as a surname is shan.
    expect(await names('shanxue')).toEqual(['单雪']);
    expect(await names('sx')).toEqual(['单雪']);
    expect(await names('zz')).toEqual([]);
  });

  it('finds a record by any tail of its number', async () => {
    const number = numbers['单雪']!; // TS-202611-0002
    expect(await names(number.slice(-4))).toEqual(['单雪']);
    expect(await names(number.slice(-2))).toEqual(['单雪']);
  });

  it('finds a room however it is written', async () => {
    for (const q of ['3-1-802', '3栋1单元802', '3#1-802', '3号楼1单元802室', '3幢1－802']) expect({ q, names: await names(q) }).toEqual({ q, names: ['王堃'] });
    expect(await names('12栋2单元1903')).toEqual(['单雪']);
    expect(await names('3栋1单元803')).toEqual([]);
  });
});

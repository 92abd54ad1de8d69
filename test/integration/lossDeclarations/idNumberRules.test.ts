import { afterEach, describe, expect, it } from 'vitest';
import { officeClock } from '../../helpers/officeClock';
import { openTestOffice, type TestOffice } from '../../helpers/testApp';
import { lossIntake, madeUpIdNumber } from '../../helpers/lossDeclaration';

/** Issue 16 point 10: an ID number typed with a Chinese input method (全角) is normalised, not refused. */
describe('ID numbers typed full-width', () => {
  let office: TestOffice;
  afterEach(() => office.close());
  const fullWidth = (ascii: string) => ascii.replace(/[0-9X]/g, (char) => String.fromCharCode(char.charCodeAt(0) + 0xfee0));

  it('takes full-width digits, a full-width Ｘ or ｘ and an ideographic space, and stores the ASCII number', async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
    // A check character of X needs a number that calls for one: search the sequence digits for it.
    const withX = Array.from({ length: 1000 }, (_, n) => madeUpIdNumber(`11010519491231${String(n).padStart(3, '0')}`)).find((id) => id.endsWith('X'))!;
    const typed = `${fullWidth(withX.slice(0, 6))}\u3000${fullWidth(withX.slice(6, 17))}ｘ`;
    expect(typed).not.toMatch(/[0-9]/);
    const record = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { idNumber: typed }));
    expect(record.idNumberMasked).toBe(`${withX.slice(0, 6)}********${withX.slice(-4)}`);
    const stored = await office.app.ctx.db.selectFrom('loss_declarations').select('id_number').where('id', '=', record.id).executeTakeFirstOrThrow();
    expect(stored.id_number).toBe(withX);

    const upper = await office.asClerk.call('lossDeclarations.create', lossIntake(office, { idNumber: fullWidth(withX) }));
    expect(upper.idNumberMasked.endsWith(withX.slice(-4))).toBe(true);
  });

  it('still refuses a full-width number with a wrong check character, with the usual message', async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
    const id = madeUpIdNumber('32050219880101123');
    const wrong = fullWidth(id.slice(0, 17) + (id[17] === '1' ? '2' : '1'));
    const result = await office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { idNumber: wrong }));
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'idNumber', message: expect.stringContaining('校验位不对') } });
  });
});

/** Issue 16 point 10: the whole region code is checked against GB/T 2260, the codes no longer in use included. */
describe('the region code of an ID number', () => {
  let office: TestOffice;
  afterEach(() => office.close());
  const declare = (first17: string) => office.asClerk.invoke('lossDeclarations.create', lossIntake(office, { idNumber: madeUpIdNumber(first17) }));

  it('refuses a code no list ever held, even under a real province', async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
    // 119900: 北京 has no such division; the check character is right.
    expect(madeUpIdNumber('11990019491231002')).toBe('11990019491231002X');
    for (const first17 of ['11990019491231002', '32059919800101123', '44039919900307456']) {
      const answer = await declare(first17);
      expect(answer, first17).toMatchObject({ ok: false, error: { code: 'invalid_input', field: 'idNumber', message: expect.stringContaining(`前六位“${first17.slice(0, 6)}”不是行政区划代码`) } });
    }
  });

  it('accepts current codes, codes since abolished, and city codes without districts', async () => {
    office = await openTestOffice({ clock: officeClock('2026-11-23T10:00:00') });
    // 崇文区 (until 2010), 通县 (until 1997), 吴江市 (until 2012), 临平区 (since 2021), 东莞市 (no districts), 密云区.
    for (const region of ['110103', '110223', '320584', '330113', '441900', '110118']) {
      expect((await declare(`${region}19800101123`)).ok, region).toBe(true);
    }
  });
});

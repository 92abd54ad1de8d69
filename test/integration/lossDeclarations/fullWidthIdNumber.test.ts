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

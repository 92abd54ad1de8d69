import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { channelNames, channels } from '../../../shared/contract/channels';
import { openHeadOffice, openTestOffice, type TestOffice } from '../../helpers/testApp';

describe('the channel contract', () => {
  let office: TestOffice;
  beforeAll(async () => {
    office = await openTestOffice();
  });
  afterAll(async () => {
    await office.close();
  });

  it('has exactly one handler for every declared channel, and none besides', () => {
    expect(Object.keys(office.app.handlers).sort()).toEqual([...channelNames].sort());
    for (const name of channelNames) expect(typeof office.app.handlers[name], name).toBe('function');
  });

  it('is, as the app assembles it from its features and ledgers, the contract the renderer and preload are built on', () => {
    expect(office.app.contract).toEqual(channels);
  });

  it('describes every channel in Chinese for the people reading the list', () => {
    for (const name of channelNames) expect(channels[name].summary, name).toMatch(/[\u4e00-\u9fff]/);
  });

  it('answers every channel that needs no input with { ok: true }', async () => {
    const noInput = channelNames.filter((name) => channels[name].input.safeParse({}).success);
    expect(noInput).toEqual(
      expect.arrayContaining(['app.info', 'fonts.coverage', 'office.get', 'departments.list', 'staff.list', 'rooms.buildings', 'rooms.list', 'complaints.list']),
    );
    // Signing out or locking would end the session the remaining calls run in.
    const staying = noInput.filter((channel) => channel !== 'auth.signOut' && channel !== 'auth.lock');
    // Each on the kind of data folder it is made for: head office's own channels on a head-office folder.
    const headOffice = await openHeadOffice();
    try {
      for (const name of staying) {
        const answer = await (channels[name].folder === 'headOffice' ? headOffice : office).app.invoke(name, {});
        expect(answer.ok, name).toBe(true);
      }
    } finally {
      await headOffice.close();
    }
  });
});

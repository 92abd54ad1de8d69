import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { openEmptyApp, type EmptyApp } from '../../helpers/testApp';

const dailyBackups = (dataDir: string) => readdirSync(join(dataDir, 'backups')).filter((name) => name.startsWith('daily-')).sort();

describe('daily backups while the app stays open', () => {
  let opened: EmptyApp | undefined;
  afterEach(async () => {
    vi.useRealTimers();
    await opened?.close();
  });

  it('takes each new day its backup on the hourly check, once a day', async () => {
    // Only the interval is faked: SQLite's backup steps keep their real scheduling.
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    let now = '2026-11-23T10:00:00';
    opened = await openEmptyApp({ clock: { now: () => now } });

    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    await vi.waitFor(() => expect(dailyBackups(opened!.dataDir)).toEqual(['daily-20261123-100000.sqlite']));

    // Later the same day: no second one (it would show in the list below).
    now = '2026-11-23T17:00:00';
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);

    now = '2026-11-24T00:30:00';
    await vi.advanceTimersByTimeAsync(60 * 60 * 1000);
    await vi.waitFor(() => expect(dailyBackups(opened!.dataDir)).toEqual(['daily-20261123-100000.sqlite', 'daily-20261124-003000.sqlite']));
    expect(opened.app.ctx.backupState).toMatchObject({ lastError: null, secondFolderError: null });
  });

  it('stops looking once the app is closed', async () => {
    vi.useFakeTimers({ toFake: ['setInterval', 'clearInterval'] });
    const app = await openEmptyApp();
    expect(vi.getTimerCount()).toBe(1);
    await app.close();
    expect(vi.getTimerCount()).toBe(0);
  });
});

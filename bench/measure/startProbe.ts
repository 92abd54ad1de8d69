/**
 * The main process's start, as far as plain Node can have it: bundled like the main process (the app's code in one
 * ESM file, dependencies from node_modules), it opens the app on the data folder and reads 今日待办, then tells the
 * parent how long after its own process start that was.
 */
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { deskToday } from '../../electron/app/desk/deskService';

// The imports are evaluated before this line: the code's loading, apart from opening the app.
const loadedMs = performance.now();
const [dataDir, now] = process.argv.slice(2) as [string, string];
const app = await openApp({ dataDir, clock: fixedClock(now) });
await deskToday(app.ctx, { staffId: 0, name: '经理', role: 'manager', departmentName: '' });
// performance.now() counts from this process's start (timeOrigin), before Node loaded any code.
process.send!({ deskMs: performance.now(), loadedMs });
await app.close();
process.disconnect();

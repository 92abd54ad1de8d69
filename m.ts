import { openApp } from './electron/app/openApp';
const t = performance.now();
const app = await openApp({ dataDir: '/tmp/tz-final' });
console.log('openApp ms', (performance.now() - t).toFixed(0));
await app.close();

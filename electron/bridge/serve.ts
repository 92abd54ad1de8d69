import { fileURLToPath } from 'node:url';
import { resolveDataDir } from '../app/dataDir';
import { openApp } from '../app/openApp';
import { startBridge } from './server';

/** `npm run web`: the app in a browser window, on this machine only. Never started by the packaged app. */
const dataDir = resolveDataDir();
const staticDir = fileURLToPath(new URL('../../out/renderer', import.meta.url));
const port = Number(process.env.TAIZHANG_PORT ?? 5170);

const app = await openApp({ dataDir });
const bridge = await startBridge({ invoke: app.invoke, staticDir, port }).catch(async (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EADDRINUSE') throw error;
  console.warn(`端口 ${port} 已被占用,改用系统分配的空闲端口。`);
  return startBridge({ invoke: app.invoke, staticDir, port: 0 });
});

console.log(`物业台账(浏览器模式)已启动:${bridge.url}`);
console.log(`数据目录:${dataDir}`);
console.log('仅本机可访问。按 Ctrl+C 退出。');

async function shutdown() {
  await bridge.close();
  await app.close();
  process.exit(0);
}
process.on('SIGINT', () => void shutdown());
process.on('SIGTERM', () => void shutdown());

import { homedir } from 'node:os';
import { join } from 'node:path';

/**
 * Where the office's data lives: TAIZHANG_DATA_DIR when set (tests, the CLI, a second office on one PC),
 * else the per-user application folder, the same for the desktop app, the browser mode and the CLI.
 */
export function resolveDataDir(env: NodeJS.ProcessEnv = process.env, platform: NodeJS.Platform = process.platform): string {
  if (env.TAIZHANG_DATA_DIR) return env.TAIZHANG_DATA_DIR;
  const home = homedir();
  if (platform === 'win32') return join(env.APPDATA ?? join(home, 'AppData', 'Roaming'), 'taizhang', 'data');
  if (platform === 'darwin') return join(home, 'Library', 'Application Support', 'taizhang', 'data');
  return join(env.XDG_CONFIG_HOME ?? join(home, '.config'), 'taizhang', 'data');
}

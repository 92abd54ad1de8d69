import { join } from 'node:path';

/**
 * Where scripts/electron-native.mjs puts better-sqlite3 built for Electron's ABI (development only; the path is
 * the script's convention, keep the two in step). node_modules keeps the Node build, so tests run on plain Node.
 * A packaged app has electron-builder's own rebuild in node_modules and uses the default binding.
 */
export function electronNativeBindingPath(projectRoot: string, electronVersion: string): string {
  return join(projectRoot, '.native', `electron-${electronVersion}`, 'better_sqlite3.node');
}

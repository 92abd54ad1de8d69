import { parseArgs } from 'node:util';
import { createInterface } from 'node:readline/promises';
import { join } from 'node:path';
import { existsSync } from 'node:fs';
import type { App } from '../app/openApp';
import { databaseFileName } from '../app/openApp';
import { openDatabase } from '../app/db/connection';
import { verifyHistoryChain } from '../app/history/historyRepository';
import { backupDatabase, newestGoodBackup } from '../app/backup/backupService';
import { getBackupSettings } from '../app/backup/backupSettings';
import { restoreBackup } from '../app/backup/restore';
import { localIsoTime } from '../../shared/domain/officeDate';
import { exitCodes, UsageError } from './cliSupport';

export async function backupCommand(args: string[], open: () => Promise<App>): Promise<number> {
  if (args.length > 0) throw new UsageError(`backup 不接受参数:${args.join(' ')}`);
  const app = await open();
  try {
    const settings = await getBackupSettings(app.ctx.db);
    const result = await backupDatabase(app.ctx.raw, app.ctx.dataDir, { kind: 'manual', now: app.ctx.clock.now(), secondFolder: settings.secondFolder });
    console.log(`已备份:${result.file}`);
    if (result.secondFolderError) console.error(result.secondFolderError);
    return result.secondFolderError ? exitCodes.badData : exitCodes.ok;
  } finally {
    await app.close();
  }
}

/** Works on a closed database (the app must not be running): the damaged file is moved aside, never deleted. */
export async function restoreCommand(args: string[], dataDir: string): Promise<number> {
  const { values, positionals } = parseArgs({ args, options: { yes: { type: 'boolean', default: false } }, allowPositionals: true });
  if (positionals.length > 1) throw new UsageError('restore 最多指定一个备份文件名');
  const fileName = positionals[0] ?? newestGoodBackup(dataDir)?.fileName;
  if (!fileName) {
    console.error(`数据目录 ${dataDir} 中没有完好的备份`);
    return exitCodes.badData;
  }
  if (!values.yes) {
    if (!process.stdin.isTTY) throw new UsageError('不在终端中运行时,请加 --yes 确认恢复');
    const prompt = createInterface({ input: process.stdin, output: process.stdout });
    const answer = await prompt.question(`将用备份 ${fileName} 替换当前数据(当前数据另存于 backups/replaced)。请先关闭物业台账程序。确认请输入 yes:`);
    prompt.close();
    if (answer.trim().toLowerCase() !== 'yes') {
      console.log('未恢复。');
      return exitCodes.ok;
    }
  }
  const result = await restoreBackup(dataDir, join(dataDir, databaseFileName), fileName, localIsoTime());
  console.log(`已恢复到备份 ${result.replacedBy}${result.keptAside ? `;原数据另存为 ${result.keptAside}` : ''}`);
  return exitCodes.ok;
}

/** PRAGMA integrity_check and the history chain, read-only: nothing is migrated or written. */
export async function checkCommand(args: string[], dataDir: string): Promise<number> {
  if (args.length > 0) throw new UsageError(`check 不接受参数:${args.join(' ')}`);
  const file = join(dataDir, databaseFileName);
  if (!existsSync(file)) {
    console.error(`数据目录 ${dataDir} 中没有数据文件`);
    return exitCodes.badData;
  }
  let connection: ReturnType<typeof openDatabase> | null = null;
  try {
    connection = openDatabase(file);
    const integrity = (connection.raw.pragma('integrity_check') as { integrity_check: string }[]).map((row) => row.integrity_check).filter((line) => line !== 'ok');
    if (integrity.length > 0) {
      console.error(`数据文件已损坏:\n  ${integrity.slice(0, 20).join('\n  ')}\n可用 restore 恢复到最近的完好备份。`);
      return exitCodes.badData;
    }
    const chain = await verifyHistoryChain(connection.db);
    if (!chain.ok) {
      console.error(`修改记录不完整(检查了 ${chain.checked} 条):`);
      for (const problem of chain.breaks) console.error(`  #${problem.id}:${problem.problem}`);
      return exitCodes.badData;
    }
    console.log(`数据完好:完整性检查通过,修改记录 ${chain.checked} 条衔接无误。`);
    return exitCodes.ok;
  } catch (error) {
    console.error(`数据文件无法读取:${error instanceof Error ? error.message : String(error)}`);
    return exitCodes.badData;
  } finally {
    await connection?.close();
  }
}

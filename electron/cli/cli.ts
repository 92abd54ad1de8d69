import { resolveDataDir } from '../app/dataDir';
import { openApp } from '../app/openApp';
import { archiveCommand } from './archiveCommands';
import { backupCommand, checkCommand, restoreCommand } from './dataCommands';
import { exitCodes, failureMessage, usage, UsageError } from './cliSupport';

/** `taizhang <command>` for head office and administrators; the same data folder as the app. */
export async function runCli(argv: string[]): Promise<number> {
  const [command, ...args] = argv;
  const dataDir = resolveDataDir();
  const open = () => openApp({ dataDir });
  try {
    switch (command) {
      case 'archive':
        return await archiveCommand(args, open);
      case 'backup':
        return await backupCommand(args, open);
      case 'restore':
        return await restoreCommand(args, dataDir);
      case 'check':
        return await checkCommand(args, dataDir);
      case 'seed:demo':
        await import('./seedDemo');
        return exitCodes.ok;
      case 'help':
      case '--help':
      case '-h':
        console.log(usage);
        return exitCodes.ok;
      default:
        throw new UsageError(command ? `未知的命令:${command}` : '请给出命令');
    }
  } catch (error) {
    if (error instanceof UsageError || isParseArgsError(error)) {
      console.error(`${(error as Error).message}\n\n${usage}`);
      return exitCodes.usage;
    }
    console.error(failureMessage(error));
    return exitCodes.badData;
  }
}

function isParseArgsError(error: unknown): boolean {
  return typeof error === 'object' && error !== null && 'code' in error && String(error.code).startsWith('ERR_PARSE_ARGS');
}

// Run when started as the program (bin/taizhang.mjs or tsx), not when a test imports runCli.
if (process.argv[1] && /cli\.ts$/.test(process.argv[1])) {
  process.exitCode = await runCli(process.argv.slice(2));
}

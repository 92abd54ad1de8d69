import { cliCommands } from '../cli/cliSupport';

/**
 * The command line's words when the program was started as `taizhang <command> …` (the installed app is its own
 * command line: its fuses forbid running it as plain Node), or null when it should open its window. A packaged
 * app's arguments follow the executable; `electron .` puts the app's folder first.
 */
export function cliArguments(argv: readonly string[], packaged: boolean): string[] | null {
  const args = argv.slice(packaged ? 1 : 2);
  return args[0] !== undefined && (cliCommands as readonly string[]).includes(args[0]) ? args : null;
}

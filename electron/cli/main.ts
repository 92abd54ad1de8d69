import { runCli } from './cli';

/** The command line's entry: `taizhang <command>` (bundled as out/main/cli.js, run by Node or the app's runtime). */
process.exitCode = await runCli(process.argv.slice(2));

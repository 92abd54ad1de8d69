/**
 * Opens one archive as head office's import does (verify, and with a staging folder stage its files) in a process
 * of its own, and prints what verify found and the process's peak memory: the size-bomb test bounds both.
 * Bundled once by that test (esbuild).
 */
import { openArchive } from '../../electron/app/archive/archiveVerify';

const [file, stageDir] = process.argv.slice(2) as [string, string | undefined];
const { verification } = await openArchive(file, stageDir || undefined);
process.stdout.write(JSON.stringify({ ok: verification.ok, problems: verification.problems, peakMb: process.resourceUsage().maxRSS / 1024 }));

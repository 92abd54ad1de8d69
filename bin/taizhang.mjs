#!/usr/bin/env node
// The CLI is TypeScript, like the rest of electron/app: tsx compiles it on the fly, so there is no build step
// to forget and the CLI always runs the same code as the app and the tests.
import { register } from 'tsx/esm/api';

register();
const { runCli } = await import('../electron/cli/cli.ts');
process.exitCode = await runCli(process.argv.slice(2));

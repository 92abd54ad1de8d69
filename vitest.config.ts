import { configDefaults, defineConfig } from 'vitest/config';

/**
 * The long files, run as the `slow` project (`npm run test:slow`): each takes many seconds on the shared 2-core
 * machine (SIGKILLed writers, four processes numbering at once, the bench generator, tmpfs mounts, whole archives).
 * `test/unit/architecture/testProjects.test.ts` checks that every test file lands in exactly one project.
 */
export const slowTests = [
  'test/integration/crash/killWriter.test.ts',
  'test/integration/numbering/concurrentProcesses.test.ts',
  'test/integration/archive/exportVerify.test.ts',
  'test/integration/archive/formCache.test.ts',
  'test/integration/archive/archiveBombs.test.ts',
  'test/integration/backup/fullDisk.test.ts',
  'test/bench/generator.test.ts',
  'test/integration/cli/bundledCli.test.ts',
];

/** Each project's folder; a slow file is taken out of its folder's project. */
export const projectFolders = {
  unit: 'test/unit',
  integration: 'test/integration',
  browser: 'test/e2e',
} as const;

export default defineConfig({
  test: {
    environment: 'node',
    // Each file gets its own temporary data folder; the browser suite starts its own bridge and Chromium.
    testTimeout: 60_000,
    hookTimeout: 120_000,
    pool: 'forks',
    // expect.poll keeps its own deadline, but vitest's 1 s default is a race on a busy 2-core machine: a poll fails
    // with its assertion after 15 s, well inside the test's own timeout.
    expect: { poll: { timeout: 15_000 } },
    // `vitest run` (npm test) runs every project; `--project <name>` runs one.
    projects: [
      ...Object.entries(projectFolders).map(([name, folder]) => ({
        extends: true as const,
        // Integration files share their worker's modules (no vi.mock there: unit tests mock electron): loading the
        // app once per worker instead of once per file saves minutes of a 2-core run. Browser files stay isolated:
        // few and long, they gain little, and CI saw two of them time out when sharing.
        test: { name, include: [`${folder}/**/*.test.ts`], exclude: [...configDefaults.exclude, ...slowTests], isolate: name !== 'integration' },
      })),
      { extends: true as const, test: { name: 'slow', include: slowTests } },
    ],
  },
});

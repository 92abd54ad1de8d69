import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { projectFolders, slowTests } from '../../../vitest.config';

/** `npm test` runs the four projects, not a glob of test/: a file no project takes would silently never run. */
const root = fileURLToPath(new URL('../../../', import.meta.url));

function testFiles(): string[] {
  return readdirSync(join(root, 'test'), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && entry.name.endsWith('.test.ts'))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)).split('\\').join('/'))
    .sort();
}

function projectsOf(file: string): string[] {
  if (slowTests.includes(file)) return ['slow'];
  return Object.entries(projectFolders)
    .filter(([, folder]) => file.startsWith(`${folder}/`))
    .map(([name]) => name);
}

describe('vitest projects', () => {
  it('put every test file in exactly one project', () => {
    const misplaced = testFiles()
      .map((file) => ({ file, projects: projectsOf(file) }))
      .filter(({ projects }) => projects.length !== 1);
    expect(misplaced, 'add the folder to projectFolders in vitest.config.ts, or the file to slowTests').toEqual([]);
  });

  it('mock modules only in unit tests: the other projects share one module graph per worker', () => {
    const mocking = testFiles().filter((file) => !projectsOf(file).includes('unit') && /\bvi\.(mock|doMock|unmock)\(/.test(readFileSync(join(root, file), 'utf8')));
    expect(mocking, 'pass the stand-in through the app (openApp options) instead of mocking its module').toEqual([]);
  });

  it('name only slow files that exist', () => {
    expect(slowTests.filter((file) => !existsSync(join(root, file))), 'a slow test was moved or renamed: update slowTests').toEqual([]);
  });
});

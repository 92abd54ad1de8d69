import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

/** The house's import rules (GUIDE.md "Imports point downwards only"), checked on the source itself. */
const root = fileURLToPath(new URL('../../../', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(join(root, dir), { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && /\.(ts|tsx)$/.test(entry.name))
    .map((entry) => relative(root, join(entry.parentPath, entry.name)));
}

function importsOf(file: string): string[] {
  const text = readFileSync(join(root, file), 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*|require\(\s*)['"]([^'"]+)['"]/g)].map((match) => match[1]!);
}

function offenders(dir: string, forbidden: (specifier: string) => boolean): string[] {
  return sourceFiles(dir).flatMap((file) => importsOf(file).filter(forbidden).map((specifier) => `${file} → ${specifier}`));
}

/** A file's relative imports as paths from the root, without extension (renderer/src/pages/rooms/RoomsPage). */
function modulesImportedBy(file: string): string[] {
  return importsOf(file)
    .filter((specifier) => specifier.startsWith('.'))
    .map((specifier) => relative(root, join(root, dirname(file), specifier)).replace(/\.tsx?$/, ''));
}

/** The page folder a module lives in (renderer/src/pages/<folder>/…), or null outside one. */
function pageFolder(module: string): string | null {
  return /^renderer\/src\/pages\/([^/]+)\//.exec(module)?.[1] ?? null;
}

describe('import directions', () => {
  it('keeps electron/app plain Node: no electron, no React, no shell or bridge', () => {
    expect(offenders('electron/app', (s) => s === 'electron' || s.startsWith('react') || /\/(main|preload|bridge)\//.test(s))).toEqual([]);
  });

  it('keeps shared/ free of either side', () => {
    expect(offenders('shared', (s) => s === 'electron' || s.startsWith('react') || s.includes('/electron/') || s.includes('/renderer/'))).toEqual([]);
  });

  it('keeps the renderer off the disk and off the main process', () => {
    expect(offenders('renderer/src', (s) => s === 'electron' || s.startsWith('node:') || s.includes('/electron/'))).toEqual([]);
  });

  it('never lets the desktop app start the loopback bridge', () => {
    expect(offenders('electron/main', (s) => s.includes('bridge'))).toEqual([]);
    expect(offenders('electron/preload', (s) => s.includes('bridge'))).toEqual([]);
  });

  it('lets a page folder reach another only through that folder’s declaration module', () => {
    // The declaration modules are what pageList.ts joins, one per folder (pages/complaints/complaintPages.tsx…).
    const declarations = modulesImportedBy('renderer/src/pageList.ts').filter((module) => pageFolder(module) !== null);
    expect(new Set(declarations.map(pageFolder)).size).toBe(declarations.length);
    const reaching = sourceFiles('renderer/src/pages').flatMap((file) =>
      modulesImportedBy(file)
        .filter((module) => pageFolder(module) !== null && pageFolder(module) !== pageFolder(file) && !declarations.includes(module))
        .map((module) => `${file} → ${module}`),
    );
    expect(reaching).toEqual([]);
  });

  it('keeps the shared widgets in components/ off the pages', () => {
    const reaching = sourceFiles('renderer/src/components').flatMap((file) =>
      modulesImportedBy(file)
        .filter((module) => module.startsWith('renderer/src/pages/') || module === 'renderer/src/pageList')
        .map((module) => `${file} → ${module}`),
    );
    expect(reaching).toEqual([]);
  });

  it('imports electron only in the shell', () => {
    const users = ['electron/app', 'electron/bridge', 'electron/cli', 'shared', 'renderer/src'].flatMap((dir) =>
      offenders(dir, (s) => s === 'electron'),
    );
    expect(users).toEqual([]);
  });
});

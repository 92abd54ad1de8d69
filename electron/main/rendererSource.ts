import { fileURLToPath, pathToFileURL } from 'node:url';
import { dirname, sep } from 'node:path';

/**
 * Where the app's own pages come from: the built index.html (file://) or, in development only, electron-vite's
 * dev server. Every trust decision in main (navigation, IPC senders, CSP) asks this one question.
 */
export type RendererSource = { kind: 'file'; indexFile: string } | { kind: 'dev'; url: string };

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A packaged app always loads its file: an environment variable must never point it at a server.
 * In development ELECTRON_RENDERER_URL is honoured only when it is a loopback http(s) URL.
 */
export function resolveRendererSource(options: {
  isPackaged: boolean;
  devUrl: string | undefined;
  indexFile: string;
}): RendererSource {
  if (!options.isPackaged && options.devUrl && isLoopbackHttpUrl(options.devUrl)) {
    return { kind: 'dev', url: options.devUrl };
  }
  return { kind: 'file', indexFile: options.indexFile };
}

/** Is `url` the app's page itself (any hash route of it)? */
export function isAppPage(source: RendererSource, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev') return sameOrigin(parsed, source.url);
  return parsed.protocol === 'file:' && samePath(filePath(parsed), source.indexFile);
}

/** Is `url` one of the app's own resources (the page, its scripts, styles, fonts)? */
export function isAppResource(source: RendererSource, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev') return sameOrigin(parsed, source.url);
  if (parsed.protocol !== 'file:') return false;
  const rendererDir = dirname(source.indexFile) + sep;
  return normalise(filePath(parsed)).startsWith(normalise(rendererDir));
}

function isLoopbackHttpUrl(url: string): boolean {
  const parsed = parse(url);
  return !!parsed && (parsed.protocol === 'http:' || parsed.protocol === 'https:') && loopbackHosts.has(parsed.hostname);
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

function sameOrigin(url: URL, other: string): boolean {
  const parsed = parse(other);
  return !!parsed && url.origin === parsed.origin;
}

function filePath(url: URL): string {
  try {
    // A host (a UNC share on Windows) stays in the path, so it can never equal the local index file.
    return fileURLToPath(url);
  } catch {
    return '';
  }
}

function samePath(a: string, b: string): boolean {
  return a !== '' && normalise(a) === normalise(fileURLToPath(pathToFileURL(b)));
}

// Windows paths are case-insensitive, and Chromium may report the drive letter in either case.
function normalise(path: string): string {
  return process.platform === 'win32' ? path.toLowerCase() : path;
}

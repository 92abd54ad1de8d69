import { promises as fs } from 'node:fs';
import { extname, isAbsolute, relative, resolve, sep } from 'node:path';
import type { CustomScheme, Protocol } from 'electron';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import { appScheme, isAppOriginUrl } from './rendererSource';

/**
 * app:// instead of file://: the page gets a real origin of its own ('self' means the app folder, not the whole
 * disk), the responses are ours so they carry the CSP header, and file:// can lose its extra privileges (fuse).
 */
export const appSchemePrivileges: CustomScheme = {
  scheme: appScheme,
  // standard: relative URLs and an origin; secure: treated like https; supportFetchAPI: the page may fetch its files.
  privileges: { standard: true, secure: true, supportFetchAPI: true },
};

/** Before the app is ready: Chromium reads the privileged schemes once, at start-up. */
export function registerAppScheme(protocol: Pick<Protocol, 'registerSchemesAsPrivileged'>): void {
  protocol.registerSchemesAsPrivileged([appSchemePrivileges]);
}

/** After ready, before the window: app://taizhang/… answers from the built renderer folder and nowhere else. */
export function serveAppProtocol(protocol: Pick<Protocol, 'handle'>, rendererDir: string): void {
  protocol.handle(appScheme, appFileHandler(rendererDir));
}

export function appFileHandler(rendererDir: string): (request: Request) => Promise<Response> {
  return async (request) => {
    if (request.method !== 'GET' && request.method !== 'HEAD') return refusal(405);
    const file = await resolveAppFile(rendererDir, request.url);
    if (!file) return refusal(404);
    let body: Uint8Array;
    try {
      // fs, not net.fetch(file://): the asar-aware fs reads the packaged folder, and file:// keeps no privileges.
      body = await fs.readFile(file);
    } catch {
      return refusal(404);
    }
    return new Response(request.method === 'HEAD' ? null : new Uint8Array(body), {
      status: 200,
      headers: {
        'Content-Type': contentType(file),
        'Content-Security-Policy': contentSecurityPolicy,
        'X-Content-Type-Options': 'nosniff',
      },
    });
  };
}

/**
 * The regular file under rendererDir that `url` names (index.html for the bare origin), or null. Links are resolved
 * and checked again: a symlink in the folder must not lead out of it.
 */
export async function resolveAppFile(rendererDir: string, url: string): Promise<string | null> {
  const segments = requestedSegments(url);
  if (!segments) return null;
  try {
    const root = await fs.realpath(rendererDir);
    const candidate = resolve(root, ...segments);
    if (!isInside(root, candidate)) return null;
    const real = await fs.realpath(candidate);
    if (!isInside(root, real)) return null;
    return (await fs.stat(real)).isFile() ? real : null;
  } catch {
    // Missing, unreadable, a broken link: all the same 404.
    return null;
  }
}

/**
 * The path's segments, decoded; null for another origin or anything that could climb out or name another root.
 * The first of three fences (then the resolved path, then the path with links resolved must stay in the folder).
 */
export function requestedSegments(url: string): string[] | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (!isAppOriginUrl(parsed)) return null;
  let path: string;
  try {
    path = decodeURIComponent(parsed.pathname);
  } catch {
    return null;
  }
  // A backslash is a separator on Windows; NUL ends a path in C.
  if (path.includes('\\') || path.includes('\0')) return null;
  // Chromium gives the bare origin the path '/', Node's parser ''.
  if (path === '' || path === '/') return ['index.html'];
  if (!path.startsWith('/')) return null;
  const segments = path.slice(1).split('/');
  // '..' and '.' (also once decoded: %2e%2e), empty segments (//etc = an absolute path), drive letters and NTFS streams.
  if (segments.some((segment) => segment === '' || segment === '.' || segment === '..' || segment.includes(':'))) return null;
  return segments;
}

function isInside(root: string, path: string): boolean {
  const rel = relative(root, path);
  return rel !== '' && rel !== '..' && !rel.startsWith(`..${sep}`) && !isAbsolute(rel);
}

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

export function contentType(file: string): string {
  return contentTypes[extname(file).toLowerCase()] ?? 'application/octet-stream';
}

function refusal(status: 404 | 405): Response {
  return new Response(status === 404 ? 'Not Found' : 'Method Not Allowed', {
    status,
    headers: { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' },
  });
}

/**
 * Where the app's own pages come from: the built renderer folder (out/renderer), served to the window as
 * app://taizhang/ by appProtocol.ts, or, in development only, electron-vite's dev server. Every trust decision in
 * main (navigation, IPC senders, CSP) asks this one question. file:// is never the app.
 */
export type RendererSource = { kind: 'built'; rendererDir: string } | { kind: 'dev'; url: string };

/** The privileged scheme and the one host under which the built pages are served. */
export const appScheme = 'app';
export const appHost = 'taizhang';
export const appOrigin = `${appScheme}://${appHost}`;

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * A packaged app always loads its built files: an environment variable must never point it at a server.
 * In development ELECTRON_RENDERER_URL is honoured only when it is a loopback http(s) URL.
 */
export function resolveRendererSource(options: {
  isPackaged: boolean;
  devUrl: string | undefined;
  rendererDir: string;
}): RendererSource {
  if (!options.isPackaged && options.devUrl && isLoopbackHttpUrl(options.devUrl)) {
    return { kind: 'dev', url: options.devUrl };
  }
  return { kind: 'built', rendererDir: options.rendererDir };
}

/** The address the window loads. */
export function appPageUrl(source: RendererSource): string {
  return source.kind === 'dev' ? source.url : `${appOrigin}/index.html`;
}

/** Is `url` the app's page itself (any hash route of it)? */
export function isAppPage(source: RendererSource, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev') return sameOrigin(parsed, source.url);
  return isAppOriginUrl(parsed) && (parsed.pathname === '/' || parsed.pathname === '/index.html');
}

/** Is `url` one of the app's own resources (the page, its scripts, styles, fonts)? */
export function isAppResource(source: RendererSource, url: string): boolean {
  const parsed = parse(url);
  if (!parsed) return false;
  if (source.kind === 'dev') return sameOrigin(parsed, source.url);
  return isAppOriginUrl(parsed);
}

/**
 * app://taizhang with no port or credentials. Node parses app: as a non-special scheme (host kept as written,
 * origin "null"), Chromium as the standard scheme it is registered as (host lower-cased): compare by hand.
 */
export function isAppOriginUrl(url: URL): boolean {
  return (
    url.protocol === `${appScheme}:` &&
    url.hostname.toLowerCase() === appHost &&
    url.port === '' &&
    url.username === '' &&
    url.password === ''
  );
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

import { contentSecurityPolicy } from '../../shared/contract/csp';

/**
 * Development only (electron-vite dev server): Vite's React refresh needs one inline module script and its HMR
 * socket. Never used for a packaged app or for the built files.
 */
export function devContentSecurityPolicy(devServerUrl: string): string {
  const server = new URL(devServerUrl);
  const socket = `${server.protocol === 'https:' ? 'wss:' : 'ws:'}//${server.host}`;
  return contentSecurityPolicy
    .split(';')
    .map((directive) => directive.trim())
    .map((directive) => {
      if (directive.startsWith('script-src ')) return `${directive} 'unsafe-inline'`;
      if (directive.startsWith('connect-src ')) return `${directive} ${socket}`;
      return directive;
    })
    .join('; ');
}

import type { Session } from 'electron';
import { devContentSecurityPolicy } from './contentSecurityPolicy';
import { isAppResource, type RendererSource } from './rendererSource';

/**
 * The session's rules: the app asks for no browser permission (camera, notifications, geolocation…), and its own
 * pages carry the CSP as a response header. The built pages get it from the app:// handler that answers them
 * (appProtocol.ts); only the dev server's responses need it added here, on their way in.
 */
export function applySessionPolicy(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // Checks are asked without a request (navigator.permissions, some device APIs): the same answer, no.
  session.setPermissionCheckHandler(() => false);

  if (source.kind !== 'dev') return;
  const policy = devContentSecurityPolicy(source.url);
  session.webRequest.onHeadersReceived((details, callback) => {
    if (!isAppResource(source, details.url)) {
      callback({});
      return;
    }
    const headers = Object.fromEntries(
      Object.entries(details.responseHeaders ?? {}).filter(([name]) => name.toLowerCase() !== 'content-security-policy'),
    );
    callback({ responseHeaders: { ...headers, 'Content-Security-Policy': [policy] } });
  });
}

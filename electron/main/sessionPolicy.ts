import type { Session } from 'electron';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import { devContentSecurityPolicy } from './contentSecurityPolicy';
import { isAppResource, type RendererSource } from './rendererSource';

/**
 * The session's rules: the app asks for no browser permission (camera, notifications, geolocation…), and its own
 * pages carry the CSP as a response header. (Chromium may not pass file:// responses through webRequest, so
 * renderer/index.html should carry the same policy in a <meta> tag as well.)
 */
export function applySessionPolicy(session: Session, source: RendererSource): void {
  session.setPermissionRequestHandler((_contents, _permission, callback) => callback(false));
  // Checks are asked without a request (navigator.permissions, some device APIs): the same answer, no.
  session.setPermissionCheckHandler(() => false);

  const policy = source.kind === 'dev' ? devContentSecurityPolicy(source.url) : contentSecurityPolicy;
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

/**
 * The Content-Security-Policy of the app's pages, in Electron and in the browser mode alike:
 * nothing from a remote origin, no eval; blob: frames for the PDF preview; inline styles for antd's CSS-in-JS.
 */
export const contentSecurityPolicy = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "frame-src blob:",
  "object-src blob:",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'self'",
].join('; ');

import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { pipeline } from 'node:stream/promises';
import { randomBytes, timingSafeEqual } from 'node:crypto';
import { extname, join, normalize, sep } from 'node:path';
import { z } from 'zod';
import { channels, channelNames } from '../../shared/contract/channels';
import { contentSecurityPolicy } from '../../shared/contract/csp';
import type { AppError } from '../../shared/contract/errors';
import type { Invoke } from '../app/dispatch';

/**
 * The loopback bridge: the built renderer and the same contract over HTTP, for browser runs and E2E tests.
 * It binds 127.0.0.1 only and answers only requests addressed to itself (Host) from its own pages (Origin),
 * so neither another machine, nor a web page the user has open, nor a DNS-rebinding trick can reach the data.
 * And the desk's session belongs to the process: a call must carry the key made at this start, which only the
 * address printed at start-up gives (?key=…), so another program on the PC cannot act as whoever is signed in.
 */
export interface BridgeOptions {
  invoke: Invoke;
  /** The built renderer (out/renderer). */
  staticDir: string;
  /** 0 picks a free port. */
  port: number;
}

/** The header a call carries the start's key in. */
export const bridgeKeyHeader = 'x-taizhang-key';

export interface RunningBridge {
  /** The address to open, with this start's key. */
  url: string;
  key: string;
  port: number;
  server: Server;
  close(): Promise<void>;
}

const loopback = '127.0.0.1';
/** The header carrying a write call's request id (see shared/contract/requestId.ts). */
export const requestIdHeader = 'x-request-id';
// A 20 MB scan travels as base64 (4/3 larger) inside JSON.
const maxBodyBytes = 30 * 1024 * 1024;

const contentTypes: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

export async function startBridge(options: BridgeOptions): Promise<RunningBridge> {
  let port = options.port;
  const key = randomBytes(24).toString('base64url');
  const server = createServer((request, response) => {
    handle(request, response, options, port, key).catch((error) => {
      console.error(error);
      if (!response.headersSent) sendJson(response, 500, failure('internal', '服务内部错误'));
      else response.end();
    });
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, loopback, () => resolve());
  });
  port = (server.address() as { port: number }).port;
  return {
    url: `http://${loopback}:${port}/?key=${key}`,
    key,
    port,
    server,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

function allowedHosts(port: number): Set<string> {
  return new Set([`${loopback}:${port}`, `localhost:${port}`]);
}

async function handle(request: IncomingMessage, response: ServerResponse, options: BridgeOptions, port: number, key: string) {
  const hosts = allowedHosts(port);
  if (!hosts.has(request.headers.host ?? '')) {
    return sendJson(response, 403, failure('forbidden', '拒绝访问:请求的主机名不是本机服务地址'));
  }
  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.has(origin.replace(/^http:\/\//, ''))) {
    return sendJson(response, 403, failure('forbidden', '拒绝访问:请求来自其他网站'));
  }
  if (request.headers['sec-fetch-site'] === 'cross-site') {
    return sendJson(response, 403, failure('forbidden', '拒绝访问:请求来自其他网站'));
  }

  const path = new URL(request.url ?? '/', `http://${loopback}`).pathname;
  // A malformed escape (GET /%) is the caller's mistake, not the server's.
  const decoded = safeDecode(path);
  if (decoded === null) return sendJson(response, 400, failure('invalid_input', '请求地址中的编码不正确'));
  if ((path === '/ipc' || path.startsWith('/ipc/')) && !carriesKey(request, key)) {
    return sendJson(response, 403, failure('forbidden', '拒绝访问:请求没有本次启动的访问密钥,请用启动时显示的地址打开'));
  }
  if (path === '/ipc' && request.method === 'GET') return sendJson(response, 200, (channelList ??= describeChannels()));
  if (path.startsWith('/ipc/')) {
    if (request.method !== 'POST') return sendJson(response, 405, failure('invalid_input', '请使用 POST 调用'));
    // Requiring JSON forces a CORS preflight on any cross-site attempt, which this server never grants.
    if (mediaType(request.headers['content-type']) !== 'application/json') {
      return sendJson(response, 415, failure('invalid_input', '请求内容类型须为 application/json'));
    }
    const body = await readBody(request);
    if (body === undefined) return sendJson(response, 413, failure('invalid_input', '请求内容过大'));
    let input: unknown;
    try {
      input = body.length === 0 ? {} : JSON.parse(body);
    } catch {
      return sendJson(response, 400, failure('invalid_input', '请求内容不是有效的 JSON'));
    }
    const channel = decoded.slice('/ipc/'.length);
    // A write's request id travels beside the input, as over IPC: dispatch answers its repeat with the first answer.
    return sendJson(response, 200, await options.invoke(channel, input, request.headers[requestIdHeader]));
  }
  if (request.method !== 'GET' && request.method !== 'HEAD') {
    return sendJson(response, 405, failure('invalid_input', '不支持的请求方法'));
  }
  return serveStatic(response, options.staticDir, decoded);
}

function carriesKey(request: IncomingMessage, key: string): boolean {
  const given = Buffer.from(String(request.headers[bridgeKeyHeader] ?? ''));
  const expected = Buffer.from(key);
  return given.length === expected.length && timingSafeEqual(given, expected);
}

function safeDecode(path: string): string | null {
  try {
    return decodeURIComponent(path);
  } catch {
    return null;
  }
}

/** `Application/JSON; charset=utf-8` → application/json: the type alone, in any case; a prefix such as application/jsonx is not it. */
function mediaType(header: string | undefined): string {
  return (header ?? '').split(';')[0]!.trim().toLowerCase();
}

/** The contract never changes while the server runs: described once, on first request. */
let channelList: ReturnType<typeof describeChannels> | undefined;

function describeChannels() {
  return channelNames.map((name) => ({
    name,
    summary: channels[name].summary,
    input: z.toJSONSchema(channels[name].input, { io: 'input', unrepresentable: 'any' }),
  }));
}

async function serveStatic(response: ServerResponse, root: string, path: string) {
  const relative = normalize(path === '/' ? '/index.html' : path).replace(/^([/\\])+/, '');
  const file = join(root, relative);
  if (!file.startsWith(root + sep) && file !== root) return sendText(response, 403, '拒绝访问');
  const info = await stat(file).catch(() => undefined);
  if (!info?.isFile()) {
    if (path === '/' || path === '/index.html') {
      return sendText(response, 503, '界面尚未构建:请运行 npm run web(它会先构建界面再启动服务)。');
    }
    return sendText(response, 404, '找不到该文件');
  }
  response.writeHead(200, {
    'Content-Type': contentTypes[extname(file)] ?? 'application/octet-stream',
    'Content-Security-Policy': contentSecurityPolicy,
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'no-referrer',
    'Cache-Control': 'no-cache',
  });
  // Streamed: a renderer chunk is not read whole into this process for every page a browser opens.
  await pipeline(createReadStream(file), response);
}

function readBody(request: IncomingMessage): Promise<string | undefined> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      // Over the limit the rest is read and dropped, then answered 413: destroying the socket would reset the
      // connection before the caller could read why.
      if (size > maxBodyBytes) chunks.length = 0;
      else chunks.push(chunk);
    });
    request.on('end', () => resolve(size > maxBodyBytes ? undefined : Buffer.concat(chunks).toString('utf8')));
    request.on('error', reject);
  });
}

function failure(code: AppError['code'], message: string) {
  return { ok: false as const, error: { code, message } };
}

function sendJson(response: ServerResponse, status: number, body: unknown) {
  response.writeHead(status, {
    'Content-Type': 'application/json; charset=utf-8',
    'Cache-Control': 'no-store',
    'X-Content-Type-Options': 'nosniff',
  });
  response.end(JSON.stringify(body));
}

function sendText(response: ServerResponse, status: number, text: string) {
  response.writeHead(status, { 'Content-Type': 'text/plain; charset=utf-8', 'X-Content-Type-Options': 'nosniff' });
  response.end(text);
}

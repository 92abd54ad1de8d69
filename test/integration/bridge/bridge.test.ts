import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startBridge, type RunningBridge } from '../../../electron/bridge/server';
import { channelNames } from '../../../shared/contract/channels';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';

interface Reply {
  status: number;
  body: string;
  headers: Record<string, string | string[] | undefined>;
}

/** node:http rather than fetch, because the tests must be able to forge Host and Origin headers. */
function send(bridge: RunningBridge, method: string, path: string, options: { headers?: Record<string, string>; body?: string } = {}) {
  return new Promise<Reply>((resolve, reject) => {
    const req = request(
      { host: '127.0.0.1', port: bridge.port, method, path, headers: { host: `127.0.0.1:${bridge.port}`, 'x-taizhang-key': bridge.key, ...options.headers } },
      (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (chunk: Buffer) => chunks.push(chunk));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks).toString('utf8'), headers: res.headers }));
      },
    );
    req.on('error', reject);
    req.end(options.body);
  });
}

const json = { 'content-type': 'application/json' };

describe('loopback bridge', () => {
  let office: TestOffice;
  let bridge: RunningBridge;

  beforeAll(async () => {
    office = await openTestOffice();
    const staticDir = join(office.dataDir, 'renderer');
    mkdirSync(join(staticDir, 'assets'), { recursive: true });
    writeFileSync(join(staticDir, 'index.html'), '<!doctype html><title>物业台账</title>');
    writeFileSync(join(office.dataDir, 'secret.txt'), 'not for the browser');
    bridge = await startBridge({ invoke: office.app.invoke, staticDir, port: 0 });
  });
  afterAll(async () => {
    await bridge.close();
    await office.close();
  });

  it('listens on the loopback interface only', () => {
    expect(bridge.server.address()).toMatchObject({ address: '127.0.0.1' });
    expect(bridge.url).toBe(`http://127.0.0.1:${bridge.port}/?key=${bridge.key}`);
    expect(bridge.key).toMatch(/^[A-Za-z0-9_-]{32}$/);
  });

  it('lists every declared channel with its input as JSON Schema', async () => {
    const reply = await send(bridge, 'GET', '/ipc');
    const listed = JSON.parse(reply.body) as Array<{ name: string; summary: string; input: { type?: string; properties?: object } }>;
    expect(listed.map((entry) => entry.name)).toEqual(channelNames);
    const create = listed.find((entry) => entry.name === 'complaints.create')!;
    expect(create.summary).toBe('登记业主投诉');
    expect(create.input.type).toBe('object');
    expect(Object.keys(create.input.properties ?? {})).toEqual(expect.arrayContaining(['content', 'receivedAt', 'category']));
  });

  it('answers a channel call with the same result as the app', async () => {
    const reply = await send(bridge, 'POST', '/ipc/complaints.create', { headers: json, body: JSON.stringify(complaintIntake(office)) });
    const result = JSON.parse(reply.body);
    expect(reply.status).toBe(200);
    expect(result.ok).toBe(true);
    expect(result.value.number).toMatch(/^TS-202611-\d{4}$/);
    const listed = JSON.parse((await send(bridge, 'POST', '/ipc/complaints.list', { headers: json, body: '{}' })).body);
    expect(listed.value.items.map((item: { number: string }) => item.number)).toContain(result.value.number);
  });

  it('answers invalid input with a structured Chinese error and stores nothing', async () => {
    const before = JSON.parse((await send(bridge, 'POST', '/ipc/complaints.list', { headers: json, body: '{}' })).body).value.total;
    const reply = await send(bridge, 'POST', '/ipc/complaints.create', {
      headers: json,
      body: JSON.stringify({ ...complaintIntake(office), content: '', phone: '12' }),
    });
    const result = JSON.parse(reply.body);
    expect(result).toMatchObject({ ok: false, error: { code: 'invalid_input' } });
    expect(result.error.issues.map((issue: { field: string }) => issue.field)).toEqual(expect.arrayContaining(['content', 'phone']));
    expect(result.error.message).toContain('「');
    const after = JSON.parse((await send(bridge, 'POST', '/ipc/complaints.list', { headers: json, body: '{}' })).body).value.total;
    expect(after).toBe(before);
  });

  it('refuses malformed JSON, wrong content types and unknown channels', async () => {
    const malformed = await send(bridge, 'POST', '/ipc/complaints.list', { headers: json, body: '{oops' });
    expect(malformed.status).toBe(400);
    expect(JSON.parse(malformed.body).error.message).toBe('请求内容不是有效的 JSON');
    const plain = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { 'content-type': 'text/plain' }, body: '{}' });
    expect(plain.status).toBe(415);
    // The media type alone decides, in any case: not a prefix of it.
    const prefixed = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { 'content-type': 'application/jsonp' }, body: '{}' });
    expect(prefixed.status).toBe(415);
    const upper = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { 'content-type': 'Application/JSON; Charset=UTF-8' }, body: '{}' });
    expect(JSON.parse(upper.body)).toMatchObject({ ok: true });
    const unknown = await send(bridge, 'POST', '/ipc/database.drop', { headers: json, body: '{}' });
    expect(JSON.parse(unknown.body).error.code).toBe('unknown_channel');
  });

  it("refuses every call without this start's key, so another program on the PC cannot act as the desk", async () => {
    // One character off: never the key itself (a key ending in x once made the test pass a real key).
    const oneOff = `${bridge.key.slice(0, -1)}${bridge.key.endsWith('x') ? 'y' : 'x'}`;
    for (const key of ['', 'guess', oneOff]) {
      const call = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { ...json, 'x-taizhang-key': key }, body: '{}' });
      expect(call.status, key).toBe(403);
      expect(JSON.parse(call.body).error.message).toContain('没有本次启动的访问密钥');
      expect((await send(bridge, 'GET', '/ipc', { headers: { 'x-taizhang-key': key } })).status).toBe(403);
    }
    // The page itself is served without it (the key is in the address, not in the page).
    const page = await send(bridge, 'GET', '/', { headers: { 'x-taizhang-key': '' } });
    expect(page.status).toBe(200);
    expect(page.body).not.toContain(bridge.key);
  });

  it('refuses requests addressed to another host name (DNS rebinding)', async () => {
    const reply = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { ...json, host: `evil.example:${bridge.port}` }, body: '{}' });
    expect(reply.status).toBe(403);
    expect(JSON.parse(reply.body).error.code).toBe('forbidden');
    const page = await send(bridge, 'GET', '/', { headers: { host: 'attacker.test' } });
    expect(page.status).toBe(403);
  });

  it('refuses calls from another origin, and accepts its own', async () => {
    const foreign = await send(bridge, 'POST', '/ipc/complaints.list', {
      headers: { ...json, origin: 'http://evil.example' },
      body: '{}',
    });
    expect(foreign.status).toBe(403);
    const crossSite = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { ...json, 'sec-fetch-site': 'cross-site' }, body: '{}' });
    expect(crossSite.status).toBe(403);
    const own = await send(bridge, 'POST', '/ipc/complaints.list', {
      headers: { ...json, origin: `http://127.0.0.1:${bridge.port}` },
      body: '{}',
    });
    expect(JSON.parse(own.body).ok).toBe(true);
  });

  it('answers a malformed escape with 400 and a body over the limit with 413, never a reset or a 500', async () => {
    for (const path of ['/%', '/ipc/%E0%A4%A', '/assets/%zz.js']) {
      const reply = await send(bridge, path.startsWith('/ipc/') ? 'POST' : 'GET', path, path.startsWith('/ipc/') ? { headers: json, body: '{}' } : {});
      expect(reply.status, path).toBe(400);
      expect(JSON.parse(reply.body).error.message).toBe('请求地址中的编码不正确');
    }
    // 31 MB, chunked or with its length: read to the end, then refused with a reason.
    const big = await send(bridge, 'POST', '/ipc/complaints.list', { headers: { ...json, 'transfer-encoding': 'chunked' }, body: `{"q":"${'x'.repeat(31 * 1024 * 1024)}"}` });
    expect(big.status).toBe(413);
    expect(JSON.parse(big.body).error.message).toBe('请求内容过大');
    const declared = await send(bridge, 'POST', '/ipc/complaints.list', { headers: json, body: 'x'.repeat(31 * 1024 * 1024) });
    expect(declared.status).toBe(413);
  });

  it('serves the renderer with its CSP, and nothing outside it', async () => {
    const index = await send(bridge, 'GET', '/');
    expect(index.status).toBe(200);
    expect(index.body).toContain('物业台账');
    expect(index.headers['content-security-policy']).toContain("default-src 'self'");
    const escape = await send(bridge, 'GET', '/../secret.txt');
    expect(escape.body).not.toContain('not for the browser');
    const encoded = await send(bridge, 'GET', '/%2e%2e/secret.txt');
    expect(encoded.body).not.toContain('not for the browser');
    expect([403, 404]).toContain(encoded.status);
  });
});

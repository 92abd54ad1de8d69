import { vi } from 'vitest';
import type { BrowserWindowConstructorOptions } from 'electron';

/**
 * Hand-made stand-ins for the parts of Electron the main process touches. They record what was registered so a
 * test can fire the listeners itself (no Electron binary exists on this machine).
 */
export type Listener = (...args: any[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on = vi.fn((event: string, listener: Listener) => {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  });
  once = this.on;

  /** Fire every listener of `event`; fails the test if nothing listens. */
  emit(event: string, ...args: unknown[]): void {
    const listeners = this.listeners.get(event);
    if (!listeners?.length) throw new Error(`no listener for ${event}`);
    for (const listener of listeners) listener(...args);
  }
}

export class FakeSession {
  permissionHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  headersListener: Listener | null = null;
  setPermissionCheckHandler = vi.fn((handler: Listener | null) => {
    this.permissionCheckHandler = handler;
  });
  setPermissionRequestHandler = vi.fn((handler: Listener | null) => {
    this.permissionHandler = handler;
  });
  webRequest = {
    onHeadersReceived: vi.fn((listener: Listener) => {
      this.headersListener = listener;
    }),
  };
}

export class FakeWebContents extends FakeEmitter {
  session = new FakeSession();
  windowOpenHandler: Listener | null = null;
  setWindowOpenHandler = vi.fn((handler: Listener) => {
    this.windowOpenHandler = handler;
  });
}

export class FakeBrowserWindow extends FakeEmitter {
  static created: FakeBrowserWindow[] = [];
  readonly webContents = new FakeWebContents();
  minimized = false;
  show = vi.fn();
  focus = vi.fn();
  restore = vi.fn();
  isMinimized = vi.fn(() => this.minimized);
  loadFile = vi.fn(async (_file: string) => undefined);
  loadURL = vi.fn(async (_url: string) => undefined);

  constructor(readonly options: BrowserWindowConstructorOptions) {
    super();
    FakeBrowserWindow.created.push(this);
  }
}

/** protocol: records the privileged schemes and the handlers, so a test can call a handler with a Request. */
export class FakeProtocol {
  readonly privileged: { scheme: string; privileges?: Record<string, boolean> }[] = [];
  readonly handlers = new Map<string, (request: Request) => Response | Promise<Response>>();
  registerSchemesAsPrivileged = vi.fn((schemes: { scheme: string; privileges?: Record<string, boolean> }[]) => {
    this.privileged.push(...schemes);
  });
  handle = vi.fn((scheme: string, handler: (request: Request) => Response | Promise<Response>) => {
    if (this.handlers.has(scheme)) throw new Error(`second handler for ${scheme}`);
    this.handlers.set(scheme, handler);
  });
}

/** A navigation event as Electron passes it to will-navigate. */
export function navigationEvent(url: string) {
  return { url, preventDefault: vi.fn() };
}

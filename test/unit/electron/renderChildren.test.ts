import { spawn as spawnProcess } from 'node:child_process';
import { getPriority } from 'node:os';
import { describe, expect, it, vi } from 'vitest';
import { renderNiceness } from '../../../electron/app/forms/renderChild';
import { utilityRenderChildren } from '../../../electron/main/renderChildren';
import { FakeEmitter } from './fakeElectron';

/** The desktop app's render processes over a stand-in utilityProcess: what is forked, and how messages and exits flow. */
class FakeUtilityProcess extends FakeEmitter {
  pid: number | undefined = 4321;
  postMessage = vi.fn();
  kill = vi.fn(() => {
    this.emit('exit', 0);
    return true;
  });
}

function setUp() {
  const children: FakeUtilityProcess[] = [];
  const fork = vi.fn((..._args: unknown[]) => {
    const child = new FakeUtilityProcess();
    children.push(child);
    return child;
  });
  const spawn = utilityRenderChildren({ fork } as never, '/app/out/main/renderProcess.js');
  return { fork, children, spawn };
}

describe('render processes as Electron utility processes', () => {
  it('forks the built renderProcess.js with the heap limit as a named service', () => {
    const { fork, spawn } = setUp();
    const child = spawn({ maxOldGenerationSizeMb: 96 });
    expect(fork).toHaveBeenCalledWith('/app/out/main/renderProcess.js', [], expect.objectContaining({ execArgv: ['--max-old-space-size=96'], serviceName: '物业台账打印' }));
    expect(child.pid).toBe(4321);
  });

  it('posts requests and hands answers and the exit to the pool', () => {
    const { children, spawn } = setUp();
    const child = spawn({ maxOldGenerationSizeMb: 128 });
    const answers: unknown[] = [];
    const exits: string[] = [];
    child.onMessage((answer) => answers.push(answer));
    child.onExit((reason) => exits.push(reason));
    child.send({ id: 1, definition: { content: [] } as never });
    expect(children[0]!.postMessage).toHaveBeenCalledWith({ id: 1, definition: { content: [] } });
    children[0]!.emit('message', { id: 1, pdf: new Uint8Array([37]) });
    expect(answers).toEqual([{ id: 1, pdf: new Uint8Array([37]) }]);
    children[0]!.emit('exit', 9);
    return Promise.resolve().then(() => expect(exits).toEqual(['退出码 9']));
  });

  it('kills a live child and waits for its exit; one already gone is not killed again', async () => {
    const { children, spawn } = setUp();
    const child = spawn({ maxOldGenerationSizeMb: 128 });
    await child.kill();
    expect(children[0]!.kill).toHaveBeenCalledTimes(1);
    await child.kill();
    expect(children[0]!.kill).toHaveBeenCalledTimes(1);
  });

  it('puts a child below the app once it has started, so the window answers first', async () => {
    const { children, spawn } = setUp();
    spawn({ maxOldGenerationSizeMb: 128 });
    // A real process stands for the utility process: its priority is what the OS reports.
    const stand = spawnProcess('sleep', ['30']);
    try {
      children[0]!.pid = stand.pid;
      expect(getPriority(stand.pid!)).toBe(getPriority());
      children[0]!.emit('spawn');
      expect(getPriority(stand.pid!)).toBe(Math.max(getPriority(), renderNiceness));
    } finally {
      stand.kill();
    }
  });
});

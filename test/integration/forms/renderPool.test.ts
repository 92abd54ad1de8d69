import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { getPriority, tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { loadPrintFonts } from '../../../electron/app/forms/fonts';
import { formDocument } from '../../../electron/app/forms/formParts';
import { renderNiceness } from '../../../electron/app/forms/renderChild';
import { RenderPool } from '../../../electron/app/forms/renderPool';
import { pdfText } from '../../helpers/pdf';
import { pollUntil } from '../../helpers/poll';

/** Forms rendered in child processes: real PDFs read back, a process that dies replaced, processes recycled. */
describe('the render pool', () => {
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-render-pool-'));
  const pools: RenderPool[] = [];
  afterAll(async () => {
    await Promise.all(pools.map((pool) => pool.close()));
    rmSync(dir, { recursive: true, force: true });
  });
  const pool = (options: ConstructorParameters<typeof RenderPool>[1]) => {
    const made = new RenderPool(loadPrintFonts(), options);
    pools.push(made);
    return made;
  };
  const office = { name: '锦绣花园管理处', companyName: '锦绣物业', code: 'JX01' };
  const form = (n: number) =>
    formDocument({ title: '业主投诉处理记录表', kind: 'complaint', office, number: `TS-202611-${String(n).padStart(4, '0')}`, revision: 1, printedAt: '2026-11-23T09:30:00' }, [
      { text: `第 ${n} 张:业主陈喆反映楼上卫生间漏水,𠮷祥云代为登记。` },
      { table: { widths: [80, '*'], body: [['处理结果', '已修复']] }, layout: 'grid3' },
    ]);
  const read = (pdf: Buffer, name: string) => {
    const file = join(dir, `${name}.pdf`);
    writeFileSync(file, pdf);
    return pdfText(file).replace(/\s+/g, '');
  };

  it('renders forms in child processes, each with its own text and page frame', async () => {
    const renderer = pool({ processes: 2 });
    const pdfs = await Promise.all([1, 2, 3, 4].map((n) => renderer.render(form(n))));
    pdfs.forEach((pdf, index) => {
      const text = read(pdf, `form-${index + 1}`);
      expect(text).toContain(`第${index + 1}张:业主陈喆反映楼上卫生间漏水,𠮷祥云代为登记。`);
      expect(text).toContain(`编号:TS-202611-000${index + 1}`);
      expect(text).toContain('第1页共1页');
      expect(text).toContain('打印于2026年11月23日09:30');
    });
    expect(renderer.started).toBeLessThanOrEqual(2);
    // They render below this process's priority: the app's own work comes first on a busy machine.
    const renderChildren = readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim().split(/\s+/).filter((pid) => readFileSync(`/proc/${pid}/cmdline`, 'utf8').includes('renderProcess'));
    expect(renderChildren.length).toBeGreaterThan(0);
    for (const pid of renderChildren) expect(getPriority(Number(pid))).toBe(Math.max(getPriority(), renderNiceness));
  });

  it('replaces a process that dies mid-render and renders its form on the new one', async () => {
    const renderer = pool({ processes: 1 });
    const pdf = await renderer.render(form(7), { crash: true });
    expect(read(pdf, 'after-crash')).toContain('第7张');
    expect(renderer.started).toBe(2);
    expect(read(await renderer.render(form(8)), 'next')).toContain('第8张');
  });

  it('retires a process after the configured number of forms', async () => {
    const renderer = pool({ processes: 1, recycleAfter: 2 });
    for (const n of [1, 2, 3, 4, 5]) expect(read(await renderer.render(form(n)), `recycled-${n}`)).toContain(`第${n}张`);
    expect(renderer.started).toBe(3);
  });

  it('refuses a definition that is not plain data, in Chinese', async () => {
    const renderer = pool({ processes: 1 });
    const definition = { ...form(9), footer: () => '' } as unknown as ReturnType<typeof form>;
    await expect(renderer.render(definition)).rejects.toThrow('表单定义无法交给打印进程');
  });
});

describe('a render pool left open', () => {
  it('lets its process end once idle, and its render process ends with it', async () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', fileURLToPath(new URL('../../helpers/renderPoolChild.ts', import.meta.url))], { encoding: 'utf8', timeout: 120_000 });
    const { bytes, children } = JSON.parse(out.trim().split('\n').at(-1)!) as { bytes: number; children: number[] };
    expect(bytes).toBeGreaterThan(1000);
    expect(children).toHaveLength(1);
    // It sees its parent gone and exits: no /proc entry left, or only a zombie waiting to be reaped.
    const state = () => {
      try {
        return readFileSync(`/proc/${children[0]}/stat`, 'utf8').replace(/^.*\) /s, '')[0];
      } catch {
        return 'gone';
      }
    };
    await pollUntil('the render process to end with its parent', () => (state() === 'gone' || state() === 'Z' ? true : undefined));
  });
});

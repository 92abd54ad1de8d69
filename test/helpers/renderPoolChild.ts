/**
 * A process that prints one form through a render pool and never closes the pool: the pool's test checks that
 * the process still ends by itself (an idle render process keeps nothing alive) and that its render process goes.
 */
import { loadPrintFonts } from '../../electron/app/forms/fonts';
import { formDocument } from '../../electron/app/forms/formParts';
import { RenderPool } from '../../electron/app/forms/renderPool';

const pool = new RenderPool(loadPrintFonts(), { processes: 1 });
const office = { name: '锦绣花园管理处', companyName: '锦绣物业', code: 'JX01' };
const pdf = await pool.render(formDocument({ title: '业主投诉处理记录表', kind: 'complaint', office, number: 'TS-202611-0001', revision: 1, printedAt: '2026-11-23T09:30:00' }, [{ text: '一张表单' }]));
const pids = (await import('node:fs')).readFileSync(`/proc/${process.pid}/task/${process.pid}/children`, 'utf8').trim();
console.log(JSON.stringify({ bytes: pdf.length, children: pids.split(/\s+/).filter(Boolean).map(Number) }));

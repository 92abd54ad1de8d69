import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TDocumentDefinitions } from 'pdfmake/interfaces';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { loadPrintFonts } from '../../electron/app/forms/fonts';
import { complaintFormDefinition } from '../../electron/app/ledgers/complaints/complaintForm';
import { createTextGuard } from '../../electron/app/forms/textGuard';
import { loadComplaint } from '../../electron/app/ledgers/complaints/complaintRecord';
import { complaintRevisits } from '../../electron/app/ledgers/complaints/complaintPartsRepository';
import { findOffice } from '../../electron/app/office/officeRepository';
import { buildOffice } from '../generator/build';
import { officeNow } from '../generator/office';
import { memory, timeIt } from '../measure/timing';
import type { BenchPart, Figure } from '../measure/types';

interface BarePdfMake {
  virtualfs: { writeFileSync(name: string, content: Buffer): void };
  setFonts(fonts: Record<string, Record<string, string>>): void;
  createPdf(definition: TDocumentDefinitions): { getBuffer(): Promise<Buffer> };
}

/** pdfmake writes into the definition it renders: each run gets a fresh copy (functions and buffers shared). */
function copy(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(copy);
  if (value && typeof value === 'object' && Object.getPrototypeOf(value) === Object.prototype) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [key, copy(item)]));
  }
  return value;
}

/**
 * 业主投诉处理记录表 through the app (complaints.print: load, lay out, render, save, history row) on a copy of a
 * small office, since printing writes; the same document through bare pdfmake (for scale only: it does not load,
 * save or record, so no ratio); and a batch of 500 forms.
 */
export const pdfPart: BenchPart = {
  name: 'pdf',
  async run({ runs, warmup, office: big }) {
    const small = await buildOffice({ seed: big.seed, size: 3000, cacheDir: join(big.dataDir, '..') });
    const dataDir = mkdtempSync(join(tmpdir(), 'taizhang-bench-pdf-'));
    try {
      cpSync(small.databaseFile, join(dataDir, 'taizhang.sqlite'));
      const app = await openApp({ dataDir, clock: fixedClock(officeNow) });
      try {
        const db = app.ctx.db;
        const clerk = (await db.selectFrom('staff').select('id').where('role', '=', 'clerk').executeTakeFirstOrThrow()).id;
        const ids = (await db.selectFrom('complaints').select('id').where('status', '=', 'archived').orderBy('id').limit(501).execute()).map((row) => row.id);
        const caller = app.as(clerk);
        let bytes = 0;
        const print = async (id: number) => {
          const printed = await caller.call('complaints.print', { id });
          bytes = Buffer.from(printed.pdfBase64, 'base64').length;
        };
        const one = await timeIt(() => print(ids[0]!), { runs: Math.min(runs, 30), warmup: Math.max(2, Math.min(warmup, 3)) });

        // The same document, laid out by the app once, rendered by pdfmake set up by hand.
        const fonts = loadPrintFonts();
        const { record } = await loadComplaint(db, ids[0]!);
        const revisits = await complaintRevisits(db, ids[0]!);
        const definition = complaintFormDefinition((await findOffice(db))!, record, createTextGuard(fonts.coverage), officeNow, revisits.at(-1) ?? null);
        const pdfmake = createRequire(import.meta.url)('pdfmake') as BarePdfMake;
        pdfmake.virtualfs.writeFileSync('bare-regular.ttf', readFileSync(fonts.faces[0]!.files.regular));
        pdfmake.virtualfs.writeFileSync('bare-bold.ttf', readFileSync(fonts.faces[0]!.files.bold));
        pdfmake.setFonts({ NotoSansSC: { normal: 'bare-regular.ttf', bold: 'bare-bold.ttf', italics: 'bare-regular.ttf', bolditalics: 'bare-bold.ttf' } });
        let bareBytes = 0;
        const bare = await timeIt(
          async () => {
            bareBytes = (await pdfmake.createPdf(copy(definition) as TDocumentDefinitions).getBuffer()).length;
          },
          { runs: Math.min(runs, 30), warmup: Math.max(2, Math.min(warmup, 3)) },
        );

        memory.startPart('pdf-batch');
        const started = performance.now();
        for (const id of ids.slice(1, 501)) await print(id);
        const batchSeconds = (performance.now() - started) / 1000;
        const figures: Figure[] = [
          { part: 'pdf', name: '投诉处理记录表一份(热)', app: one, reference: bare, budget: 'pdf', note: '括号 = 裸 pdfmake 只渲染同一文档(不读记录、不存文件、不记历史),不算比值' },
          { part: 'pdf-batch', name: '连续打印 500 份', value: batchSeconds, unit: 's', note: `${(500 / batchSeconds).toFixed(1)} 份/秒` },
          { part: 'pdf', name: 'PDF 大小(应用 / 裸 pdfmake)', value: bytes / 1024, unit: 'KB', note: `裸 pdfmake ${(bareBytes / 1024).toFixed(0)} KB` },
        ];
        return figures;
      } finally {
        await app.close();
      }
    } finally {
      rmSync(dataDir, { recursive: true, force: true });
    }
  },
};

import { writeFileSync } from 'node:fs';
import yazl from 'yazl';
import { readZip } from '../../electron/app/archive/zipIn';

/** Copy an archive with its entries changed by `edit` (tampering, as someone with a zip tool would). */
export async function rewriteZip(source: string, target: string, edit: (entries: Map<string, Buffer>) => void): Promise<void> {
  const { entries } = await readZip(source);
  edit(entries);
  const zip = new yazl.ZipFile();
  for (const [path, content] of entries) zip.addBuffer(content, path);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(target, Buffer.concat(chunks));
}

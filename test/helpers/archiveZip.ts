import { writeFileSync } from 'node:fs';
import yazl from 'yazl';
import { readZip } from '../../electron/app/archive/zipIn';
import { signBytes, type KeyPair } from '../../electron/app/archive/archiveSignature';

/** Copy an archive with its entries changed by `edit` (tampering, as someone with a zip tool would). */
export async function rewriteZip(source: string, target: string, edit: (entries: Map<string, Buffer>) => void): Promise<void> {
  const { entries } = await readZip(source);
  edit(entries);
  await writeZip(entries, target);
}

/** A zip of these entries, as yazl writes it. */
export async function writeZip(entries: Map<string, Buffer>, target: string): Promise<void> {
  const zip = new yazl.ZipFile();
  for (const [path, content] of entries) zip.addBuffer(content, path);
  zip.end();
  const chunks: Buffer[] = [];
  for await (const chunk of zip.outputStream) chunks.push(chunk as Buffer);
  writeFileSync(target, Buffer.concat(chunks));
}

/**
 * Sign the edited manifest again with `privateKey`: an office forging its own archive (it holds its key), or a
 * stranger with a key of their own (then the signature holds but the key is not the one head office pinned).
 */
export function resign(entries: Map<string, Buffer>, key: KeyPair): void {
  const signature = { algorithm: 'Ed25519', publicKey: key.publicKey, signature: signBytes(key.privateKey, entries.get('manifest.json')!) };
  entries.set('signature.json', Buffer.from(JSON.stringify(signature), 'utf8'));
}

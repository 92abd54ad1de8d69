import { maxAttachmentBytes } from '../attachments/attachmentStore';
import { manifestPath, signaturePath, statisticsFiguresPattern, workbookPath } from './archiveFormat';
import { chainPath } from './archiveChain';

const MiB = 1024 * 1024;

/**
 * What an archive may hold, so that verifying or importing any file, however made, stays within a few hundred MB of
 * memory and never writes more than that to the staging folder. Each entry's size is checked against the zip's
 * directory before it is read (yauzl then holds the entry to that size); a file that deflated more than any
 * real print, scan or record does is a bomb.
 */
export const archiveLimits = {
  entries: 100_000,
  /** Read whole: the manifest, the signature and each month's figures. */
  manifestBytes: 8 * MiB,
  signatureBytes: 4 * 1024,
  /**
   * Read a line at a time and held compact (~60 bytes a link, chainLinks.ts): 1 GiB is ~5 million links, more than
   * a million-record office's whole history (2.8 million rows); a span reaching back over most of it is ~360 MB.
   */
  chainBytes: 1024 * MiB,
  statisticsBytes: 4 * MiB,
  /** An attachment as at upload; a print is far smaller. */
  fileBytes: maxAttachmentBytes,
  workbookBytes: 128 * MiB,
  /** Import keeps every record in memory: all the ledgers' NDJSON together, and any one record's line. */
  ledgersBytes: 64 * MiB,
  lineBytes: 4 * MiB,
  /** Deflate ratio allowed above 1 MB (real text deflates ~10:1; zeros 1000:1). */
  ratio: 100,
  ratioFromBytes: MiB,
};

const mb = (bytes: number) => `${Math.round((bytes / MiB) * 10) / 10} MB`;

function limitFor(path: string): number {
  if (path === manifestPath) return archiveLimits.manifestBytes;
  if (path === signaturePath) return archiveLimits.signatureBytes;
  if (path === chainPath) return archiveLimits.chainBytes;
  if (statisticsFiguresPattern.test(path)) return archiveLimits.statisticsBytes;
  if (path === workbookPath) return archiveLimits.workbookBytes;
  if (path.startsWith('ledgers/')) return archiveLimits.ledgersBytes;
  return archiveLimits.fileBytes;
}

/** Admits entries one by one as the zip's directory lists them; answers why one is refused, or null. */
export function entrySizeCheck(): (path: string, size: number, compressedSize: number) => string | null {
  let ledgers = 0;
  return (path, size, compressedSize) => {
    const limit = limitFor(path);
    if (size > limit) return `文件 ${path} 有 ${mb(size)},超过 ${mb(limit)} 的上限`;
    if (size > archiveLimits.ratioFromBytes && size > compressedSize * archiveLimits.ratio) {
      return `文件 ${path} 压缩前 ${mb(size)}、压缩后只有 ${mb(compressedSize)},不像正常的归档内容(疑似压缩炸弹)`;
    }
    if (path.startsWith('ledgers/')) {
      ledgers += size;
      if (ledgers > archiveLimits.ledgersBytes) return `各台账记录文件合计超过 ${mb(archiveLimits.ledgersBytes)} 的上限`;
    }
    return null;
  };
}

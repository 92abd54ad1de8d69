import type { ArchiveProblem } from '../../../shared/domain/archive/archive';
import { chainLinkSchema, chainPath, type ChainLink, type ChainSpan } from './archiveChain';

const hashBytes = 32;
const brokenAt = (id: number) => `历史链在第 ${id} 行处断开(前一行的校验值不符)`;

/** Links held per block: a block is allocated whole (~2.6 MB) and never copied as the chain grows. */
const blockLinks = 2 ** 16;
const largestId = 2 ** 32 - 1;

/** One block of links, as columns: row id, record (entity index and id), hash. */
interface Block {
  ids: Uint32Array;
  entities: Uint16Array;
  entityIds: Uint32Array;
  hashes: Buffer;
}

/**
 * An archive's chain.ndjson, read a line at a time after the ledgers (zipIn.ts's `last`), so each link is checked
 * as it streams by: it must follow the line before (its previous hash), and a row of a record the archive carries
 * must be in that record's history. Its links are kept only for head office's import (`keep`), which asks the hash
 * at given rows: compact, each link's row id, record and binary hash in typed columns (42 bytes a link). A span can
 * reach back over most of an office's history — 187,000 links (36 MB) on the 100k office, ~1.9 million on the 1M
 * one — so a verify keeps none of them, and an import keeps them in blocks of fixed size (80 MB on the 1M office),
 * never grown by copying.
 */
export class ChainLinks {
  private readonly blocks: Block[] = [];
  private count = 0;
  private readonly entities: string[] = [];
  private readonly entityIndex = new Map<string, number>();
  /** Links whose hash is '' (a chain that starts empty): rare, kept aside. */
  private readonly emptyHashes = new Set<number>();
  private firstId = 0;
  private firstPrevHash: string | undefined;
  private lastId = 0;
  private lastHash = '';
  /** Rows of carried records that their history leaves out. */
  private readonly missing: number[] = [];
  /** The first thing wrong with the file itself (a line that is no link, a link that does not follow the one before). */
  private fault: string | null = null;

  /**
   * `carried`: each archived record's entity:id → the hashes of its history rows, read from the ledgers before
   * the chain. `keep`: hold the links for `hashAt`.
   */
  constructor(private readonly options: { carried: Map<string, Set<string>>; keep: boolean }) {}

  /** One line of chain.ndjson (its number counted from 1); blank lines are skipped. */
  add(line: string, lineNumber: number): void {
    if (this.fault || line.length === 0) return;
    let parsed: ReturnType<typeof chainLinkSchema.safeParse>;
    try {
      parsed = chainLinkSchema.safeParse(JSON.parse(line));
    } catch {
      parsed = { success: false } as typeof parsed;
    }
    if (!parsed.success) {
      this.fault = `${chainPath} 第 ${lineNumber} 行不是有效的历史链`;
      return;
    }
    const link = parsed.data;
    // Row and record ids of a real office are far below 2^32; one above is no link this app wrote.
    if (link.id > largestId || link.entityId > largestId) {
      this.fault = `${chainPath} 第 ${lineNumber} 行不是有效的历史链`;
      return;
    }
    if (this.count === 0) {
      this.firstId = link.id;
      this.firstPrevHash = link.prevHash;
    } else if (link.id <= this.lastId || link.prevHash !== this.lastHash) {
      this.fault = brokenAt(link.id);
      return;
    }
    const carried = this.options.carried.get(`${link.entity}:${link.entityId}`);
    if (carried && !carried.has(link.hash)) this.missing.push(link.id);
    if (this.options.keep && !this.keepLink(link, lineNumber)) return;
    this.count += 1;
    this.lastId = link.id;
    this.lastHash = link.hash;
  }

  private keepLink(link: ChainLink, lineNumber: number): boolean {
    let entity = this.entityIndex.get(link.entity);
    if (entity === undefined) {
      // The app has a dozen kinds of record; thousands of them is a file made to fill memory.
      if (this.entities.length === 2 ** 16) {
        this.fault = `${chainPath} 第 ${lineNumber} 行不是有效的历史链`;
        return false;
      }
      entity = this.entities.push(link.entity) - 1;
      this.entityIndex.set(link.entity, entity);
    }
    const slot = this.count % blockLinks;
    if (slot === 0) this.blocks.push({ ids: new Uint32Array(blockLinks), entities: new Uint16Array(blockLinks), entityIds: new Uint32Array(blockLinks), hashes: Buffer.alloc(blockLinks * hashBytes) });
    const block = this.blocks.at(-1)!;
    block.ids[slot] = link.id;
    block.entities[slot] = entity;
    block.entityIds[slot] = link.entityId;
    if (link.hash === '') this.emptyHashes.add(this.count);
    else block.hashes.write(link.hash, slot * hashBytes, 'hex');
    return true;
  }

  /**
   * The links must run unbroken from the span's start to its end, and every row of a record the archive carries
   * that lies in the span must be in that record's history (none dropped).
   */
  check(span: ChainSpan, problems: ArchiveProblem[]): void {
    const problem = (message: string) => void problems.push({ kind: 'chain', path: chainPath, message });
    if (this.fault) return problem(this.fault);
    if (this.count > 0 && (this.firstId <= span.start.id || this.firstPrevHash !== span.start.hash)) return problem(brokenAt(this.firstId));
    const end = this.count === 0 ? span.start : { id: this.lastId, hash: this.lastHash };
    if (end.id !== span.end.id || end.hash !== span.end.hash) return problem('历史链的末端与清单中签名的不符');
    for (const id of this.missing) problem(`归档的记录缺少修改记录(历史链第 ${id} 行)`);
  }

  /** The hash the chain had at row `id`, as far as this span shows it (links kept: head office's import). */
  hashAt(span: ChainSpan, id: number): string | undefined {
    if (id === span.start.id) return span.start.hash;
    if (id === span.end.id) return span.end.hash;
    if (!this.options.keep) throw new Error('历史链未保留,无法按行查询');
    // The ids ascend (checked as they were read): a binary search.
    let low = 0;
    let high = this.count - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.blocks[Math.floor(middle / blockLinks)]!.ids[middle % blockLinks]!;
      if (at === id) return this.hashOf(middle);
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  private hashOf(index: number): string {
    if (this.emptyHashes.has(index)) return '';
    const slot = index % blockLinks;
    return this.blocks[Math.floor(index / blockLinks)]!.hashes.toString('hex', slot * hashBytes, (slot + 1) * hashBytes);
  }
}

import type { ArchiveProblem } from '../../../shared/domain/archive/archive';
import { chainLinkSchema, chainPath, type ChainSpan } from './archiveChain';

const hashBytes = 32;
const brokenAt = (id: number) => `历史链在第 ${id} 行处断开(前一行的校验值不符)`;

/**
 * An archive's chain.ndjson, read a line at a time as the zip streams by and held compact: each link's row id,
 * record and hash in flat arrays (~60 bytes a link), its previous hash checked against the line before and then
 * dropped. A span can reach back over most of an office's history — 187,000 links (36 MB) on the 100k office,
 * ~1.9 million on the 1M one — which held as text and then as objects would take several hundred MB.
 */
export class ChainLinks {
  private readonly ids: number[] = [];
  private readonly records: number[] = [];
  private readonly entityIds: number[] = [];
  private readonly entities: string[] = [];
  private readonly entityIndex = new Map<string, number>();
  private hashes = Buffer.alloc(hashBytes * 1024);
  /** Links whose hash is '' (a chain that starts empty): rare, kept aside. */
  private readonly emptyHashes = new Set<number>();
  private firstPrevHash: string | undefined;
  private lastHash = '';
  /** The first thing wrong with the file itself (a line that is no link, a link that does not follow the one before). */
  private fault: string | null = null;

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
    const index = this.ids.length;
    if (index === 0) this.firstPrevHash = link.prevHash;
    else if (link.id <= this.ids[index - 1]! || link.prevHash !== this.lastHash) {
      this.fault = brokenAt(link.id);
      return;
    }
    let entity = this.entityIndex.get(link.entity);
    if (entity === undefined) {
      entity = this.entities.push(link.entity) - 1;
      this.entityIndex.set(link.entity, entity);
    }
    if ((index + 1) * hashBytes > this.hashes.length) {
      const grown = Buffer.alloc(this.hashes.length * 2);
      this.hashes.copy(grown);
      this.hashes = grown;
    }
    if (link.hash === '') this.emptyHashes.add(index);
    else this.hashes.write(link.hash, index * hashBytes, 'hex');
    this.ids.push(link.id);
    this.records.push(entity);
    this.entityIds.push(link.entityId);
    this.lastHash = link.hash;
  }

  /**
   * The links must run unbroken from the span's start to its end, and every row of a record the archive carries
   * that lies in the span must be in that record's history (none dropped). `histories`: each archived record's
   * entity:id → the hashes of its history rows.
   */
  check(span: ChainSpan, histories: Map<string, Set<string>>, problems: ArchiveProblem[]): void {
    const problem = (message: string) => void problems.push({ kind: 'chain', path: chainPath, message });
    if (this.fault) return problem(this.fault);
    const count = this.ids.length;
    if (count > 0 && (this.ids[0]! <= span.start.id || this.firstPrevHash !== span.start.hash)) {
      return problem(brokenAt(this.ids[0]!));
    }
    const end = count === 0 ? span.start : { id: this.ids[count - 1]!, hash: this.lastHash };
    if (end.id !== span.end.id || end.hash !== span.end.hash) return problem('历史链的末端与清单中签名的不符');
    for (let index = 0; index < count; index++) {
      const carried = histories.get(`${this.entities[this.records[index]!]}:${this.entityIds[index]}`);
      if (carried && !carried.has(this.hashOf(index))) problem(`归档的记录缺少修改记录(历史链第 ${this.ids[index]} 行)`);
    }
  }

  /** The hash the chain had at row `id`, as far as this span shows it. */
  hashAt(span: ChainSpan, id: number): string | undefined {
    if (id === span.start.id) return span.start.hash;
    if (id === span.end.id) return span.end.hash;
    // The ids ascend (checked as they were read): a binary search.
    let low = 0;
    let high = this.ids.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const at = this.ids[middle]!;
      if (at === id) return this.hashOf(middle);
      if (at < id) low = middle + 1;
      else high = middle - 1;
    }
    return undefined;
  }

  private hashOf(index: number): string {
    return this.emptyHashes.has(index) ? '' : this.hashes.toString('hex', index * hashBytes, (index + 1) * hashBytes);
  }
}

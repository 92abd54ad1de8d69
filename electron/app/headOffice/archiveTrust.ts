import { DomainError } from '../../../shared/contract/errors';
import type { OpenedArchive } from '../archive/archiveVerify';
import { keyFingerprint } from '../archive/archiveSignature';

/** The first archive of an office whose key head office has not pinned yet: confirm the fingerprint by phone. */
export class UnconfirmedKey extends DomainError {
  constructor(readonly office: { code: string; name: string; fingerprint: string }) {
    super(
      'rule',
      `${office.name}(${office.code})的归档是第一次导入,其签名密钥的指纹为 ${office.fingerprint}。请打电话与该管理处核对(管理处在“导出归档”处可看到本处的指纹),一致后确认导入;不一致则不要导入`,
      'confirmedKeys',
    );
  }
}

type PinnedKey = { office_code: string; public_key: string; fingerprint: string } | undefined;

/**
 * Whose archive this is: an office code has one key and a key one office code. A known office's archive must be
 * signed with its pinned key; an unknown office's key is pinned only when its fingerprint was confirmed. Answers
 * whether the key is new (to pin with the import); the keys were looked up in head office's store.
 */
export function checkSignerAgainst({ ofCode, ofKey }: { ofCode: PinnedKey; ofKey: PinnedKey }, archive: Pick<OpenedArchive, 'manifest' | 'publicKey'>, confirmed: readonly string[]): boolean {
  const { code, name } = archive.manifest.office;
  const fingerprint = keyFingerprint(archive.publicKey);
  if (ofKey && ofKey.office_code !== code) {
    throw new DomainError('rule', `这份归档自称来自 ${name}(${code}),签名却是 ${ofKey.office_code} 管理处的密钥:管理处代码与密钥不符,整份不导入`);
  }
  if (ofCode && ofCode.public_key !== archive.publicKey) {
    throw new DomainError(
      'rule',
      `${name}(${code})的归档签名密钥(指纹 ${fingerprint})与总部登记的(指纹 ${ofCode.fingerprint})不同:可能是伪造的归档,整份不导入`,
    );
  }
  if (ofCode) return false;
  if (!confirmed.includes(fingerprint)) throw new UnconfirmedKey({ code, name, fingerprint });
  return true;
}

type ChainPoint = { period: { label: string; from: string; to: string }; start: { id: number; hash: string }; end: { id: number; hash: string } };

/**
 * The office's chain in this archive must agree with every earlier import's ends it overlaps (history rewritten
 * between two exports changes every later hash), continue the previous period's archive without a gap, and reach
 * the next period's if that came first. `held`: the chain ends head office's store holds for the office.
 */
export function checkChainAgainst(held: ChainPoint[], archive: Pick<OpenedArchive, 'manifest' | 'chain'>): void {
  const { manifest, chain } = archive;
  const span = manifest.chain;
  const refuse = (message: string) => {
    throw new DomainError('rule', `${manifest.office.name}(${manifest.office.code})${manifest.period.label} 归档的历史链${message},整份不导入`);
  };
  for (const earlier of held) {
    for (const point of [earlier.start, earlier.end]) {
      const here = chain.hashAt(span, point.id);
      if (here !== undefined && here !== point.hash) refuse(`与已导入的 ${earlier.period.label} 归档不一致(第 ${point.id} 行的校验值不同,历史记录被改写过)`);
    }
  }
  const previous = held.filter((other) => other.period.to < manifest.period.from).sort((a, b) => b.end.id - a.end.id)[0];
  if (previous && span.start.id > previous.end.id) refuse(`没有接上已导入的 ${previous.period.label} 归档(缺少第 ${previous.end.id + 1}–${span.start.id} 行)`);
  const next = held.filter((other) => other.period.from > manifest.period.to).sort((a, b) => a.start.id - b.start.id)[0];
  if (next && next.start.id > span.end.id) refuse(`没有接上已导入的 ${next.period.label} 归档(缺少第 ${span.end.id + 1}–${next.start.id} 行)`);
}

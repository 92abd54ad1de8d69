import { createHash } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import type { ArchiveProblem } from '../../../shared/domain/archive/archive';
import { ChainLinks } from '../../../electron/app/archive/chainLinks';

const sha = (text: string) => createHash('sha256').update(text).digest('hex');

/** A chain of `count` links after row `after`, each link's hash made from its id, as the office's history has it. */
function chain(after: number, count: number) {
  const start = { id: after, hash: sha(`row ${after}`) };
  const links = Array.from({ length: count }, (_, index) => {
    const id = after + index + 1;
    return { id, entity: index % 3 === 0 ? 'complaint' : 'repair', entityId: 1 + (index % 1000), prevHash: sha(`row ${id - 1}`), hash: sha(`row ${id}`) };
  });
  return { span: { start, end: links.length > 0 ? { id: links.at(-1)!.id, hash: links.at(-1)!.hash } : start }, links };
}

function read(lines: string[], carried = new Map<string, Set<string>>(), keep = true): ChainLinks {
  const links = new ChainLinks({ carried, keep });
  lines.forEach((line, index) => links.add(line, index + 1));
  return links;
}

function problemsOf(links: ChainLinks, span: ReturnType<typeof chain>['span']): string[] {
  const problems: ArchiveProblem[] = [];
  links.check(span, problems);
  return problems.map((problem) => problem.message);
}

describe("an archive's chain.ndjson, read a line at a time", () => {
  it('accepts a chain of 200,000 links (over 36 MB, past the old 32 MB limit) and finds any row by id', () => {
    const { span, links } = chain(5_000, 200_000);
    const lines = links.map((link) => JSON.stringify(link));
    expect(lines.join('\n').length).toBeGreaterThan(36 * 1024 * 1024);
    const read_ = read(lines);
    expect(problemsOf(read_, span)).toEqual([]);
    expect(read_.hashAt(span, 5_000)).toBe(sha('row 5000'));
    expect(read_.hashAt(span, 123_456)).toBe(sha('row 123456'));
    expect(read_.hashAt(span, 205_000)).toBe(sha('row 205000'));
    expect(read_.hashAt(span, 4_999)).toBeUndefined();
    expect(read_.hashAt(span, 205_001)).toBeUndefined();
    // A record's rows spread over every block of links; the one left out is named wherever it lies.
    const rows = links.filter((link) => link.entity === 'repair' && link.entityId === 500);
    const left = rows.find((link) => link.id > 150_000)!;
    const histories = new Map([['repair:500', new Set(rows.filter((link) => link !== left).map((link) => link.hash))]]);
    expect(problemsOf(read(lines, histories), span)).toEqual([`归档的记录缺少修改记录(历史链第 ${left.id} 行)`]);
    // A verify keeps no link, and checks the same.
    expect(problemsOf(read(lines, histories, false), span)).toEqual([`归档的记录缺少修改记录(历史链第 ${left.id} 行)`]);
    expect(problemsOf(read(lines, new Map(), false), span)).toEqual([]);
    expect(() => read(lines, new Map(), false).hashAt(span, 123_456)).toThrow();
  });

  it('names the row where a link does not follow the one before', () => {
    const { span, links } = chain(10, 5);
    links[2] = { ...links[2]!, prevHash: sha('something else') };
    expect(problemsOf(read(links.map((link) => JSON.stringify(link))), span)).toEqual(['历史链在第 13 行处断开(前一行的校验值不符)']);
  });

  it('names a line that is no link, by its line number', () => {
    const { span, links } = chain(10, 5);
    const lines = links.map((link) => JSON.stringify(link));
    lines[3] = '{"id": "four"}';
    expect(problemsOf(read(lines), span)).toEqual(['chain.ndjson 第 4 行不是有效的历史链']);
    // No office has a row id past 2^32: such a line is no link this app wrote.
    lines[3] = JSON.stringify({ ...links[3]!, id: 2 ** 32 });
    expect(problemsOf(read(lines), span)).toEqual(['chain.ndjson 第 4 行不是有效的历史链']);
  });

  it('refuses a chain that does not start where the signed span starts, or does not reach its end', () => {
    const { span, links } = chain(10, 5);
    const lines = links.map((link) => JSON.stringify(link));
    expect(problemsOf(read(lines.slice(1)), span)).toEqual(['历史链在第 12 行处断开(前一行的校验值不符)']);
    expect(problemsOf(read(lines.slice(0, -1)), span)).toEqual(['历史链的末端与清单中签名的不符']);
    expect(problemsOf(read([]), span)).toEqual(['历史链的末端与清单中签名的不符']);
    expect(problemsOf(read([]), { start: span.start, end: span.start })).toEqual([]);
  });

  it("names a carried record's history row that the record left out", () => {
    const { span, links } = chain(10, 6);
    // complaint:1 has rows 11 and 14 in the chain; the archive carries only row 11's hash for it.
    const histories = new Map([['complaint:1', new Set([sha('row 11')])]]);
    expect(problemsOf(read(links.map((link) => JSON.stringify(link)), histories), span)).toEqual([]);
    links[3] = { ...links[3]!, entityId: 1 };
    expect(links[3]).toMatchObject({ id: 14, entity: 'complaint' });
    expect(problemsOf(read(links.map((link) => JSON.stringify(link)), histories), span)).toEqual(['归档的记录缺少修改记录(历史链第 14 行)']);
  });
});

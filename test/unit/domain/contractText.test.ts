import { describe, expect, it } from 'vitest';
import { channels } from '../../../shared/contract/channels';
import { parseChannelInput } from '../../../shared/contract/validate';
import { fieldLabel, fieldLabels } from '../../../shared/domain/fieldLabels';
import { schemaLeaves, type SchemaLeaf } from '../../helpers/schemaWalk';

/** Every channel's input, walked from its zod schema: each holds the house's text and message rules. */
const leaves = Object.entries(channels).flatMap(([name, channel]) => schemaLeaves(channel.input).map((leaf) => ({ name, channel, leaf })));

/** An input holding `value` at the leaf's place and nothing else (an array's element and a record's key included). */
function inputWith(leaf: SchemaLeaf, value: unknown): unknown {
  const path = leaf.path.map((part) => (part === '*' ? 'x' : part));
  let input: unknown = value;
  for (const part of [...path].reverse()) input = typeof part === 'number' ? [input] : { [part]: input };
  return input ?? {};
}

const errorOf = (channel: (typeof leaves)[number]['channel'], input: unknown) => {
  const parsed = parseChannelInput(channel, input);
  if (parsed.ok) throw new Error(`expected ${JSON.stringify(input)} to be refused`);
  return parsed.error;
};

// What a Chinese message may still spell in Latin letters: the file types a clerk picks and the examples it shows.
const latinWord = /[A-Za-z]{2,}/g;
// Head office's choice of database names the two products, and shows a connection string's shape (postgresql://…).
const allowedLatin = new Set(['PDF', 'JPG', 'PNG', 'No', 'ID', 'GZ', 'Excel', 'SQLite', 'PostgreSQL', 'postgresql']);
const foreignWords = (message: string) => (message.match(latinWord) ?? []).filter((word) => !allowedLatin.has(word));

describe('every text of every channel', () => {
  const texts = leaves.filter(({ leaf }) => leaf.type === 'string');

  it('walks a real contract: many channels, hundreds of fields', () => {
    expect(new Set(texts.map(({ name }) => name)).size).toBeGreaterThan(40);
    expect(leaves.length).toBeGreaterThan(300);
  });

  it('refuses a lone UTF-16 surrogate in any text, naming the field in Chinese', () => {
    for (const { name, channel, leaf } of texts) {
      for (const broken of ['前\ud800后', '\udfff', '票据\udbff']) {
        const error = errorOf(channel, inputWith(leaf, broken));
        expect(error, `${name} ${leaf.path.join('.')}`).toMatchObject({ code: 'invalid_input', field: leaf.path.map((part) => (part === '*' ? 'x' : part)).join('.') });
        expect(error.message).toMatch(/^「[^A-Za-z」]+」中有无法识别的残缺字符/);
      }
    }
  });

  it('refuses control characters a workbook cannot hold, but keeps tabs and line breaks', () => {
    const intake = channels['complaints.create'];
    expect(errorOf(intake, { content: '漏水\u0000' }).message).toBe('「投诉内容」中有看不见的控制字符,请删除后重新输入');
    expect(parseChannelInput(channels['scripts.list'], { includeInactive: true })).toMatchObject({ ok: true });
    const parsed = parseChannelInput(channels['rooms.lookup'], { q: '陈\t喆\n' });
    expect(parsed).toMatchObject({ ok: true, value: { q: '陈\t喆' } });
  });

  it('stores text NFC-normalised, so lengths and patterns hold for what is stored', () => {
    // 'é' typed as e + combining accent is one character once composed: 40 of them fit a 40-character field.
    const decomposed = 'e\u0301'.repeat(40);
    const parsed = parseChannelInput(channels['rooms.lookup'], { q: decomposed });
    expect(parsed).toMatchObject({ ok: true, value: { q: '\u00e9'.repeat(40) } });
    const keyed = parseChannelInput(channels['rooms.lookup'], { q: 'Ａ\u212b' });
    expect(keyed).toMatchObject({ ok: true, value: { q: 'Ａ\u00c5' } });
  });
});

describe('every message of every channel', () => {
  it('has a Chinese label for every field any channel takes', () => {
    const unlabelled = new Set(leaves.flatMap(({ leaf }) => leaf.path.filter((part): part is string => typeof part === 'string' && part !== '*' && !fieldLabels[part])));
    expect([...unlabelled]).toEqual([]);
    for (const { leaf } of leaves) expect(fieldLabel(leaf.path)).not.toMatch(latinWord);
  });

  it('words every refusal in Chinese: wrong types, numbers too large or too small, texts too long, unknown keys', () => {
    const hostile: Record<string, unknown[]> = {
      string: [7, 'x'.repeat(100_001), ''],
      number: ['七', 1e15, -1e15, 1.5],
      boolean: ['yes'],
      enum: ['nonsense', 3],
      literal: ['nonsense'],
    };
    const foreign: string[] = [];
    for (const { name, channel, leaf } of leaves) {
      for (const value of hostile[leaf.type] ?? []) {
        const parsed = parseChannelInput(channel, inputWith(leaf, value));
        if (parsed.ok) continue;
        for (const issue of [parsed.error.message, ...(parsed.error.issues ?? []).map((each) => each.message)]) {
          if (foreignWords(issue).length > 0) foreign.push(`${name} ${leaf.path.join('.')}=${JSON.stringify(value).slice(0, 20)}: ${issue}`);
        }
      }
    }
    for (const [name, channel] of Object.entries(channels)) {
      const parsed = parseChannelInput(channel, { unknownField: 1, 另一个: 2 });
      if (!parsed.ok && foreignWords(parsed.error.message).length > 0) foreign.push(`${name}: ${parsed.error.message}`);
    }
    expect(foreign).toEqual([]);
  });

  it('says the two messages of the report in Chinese', () => {
    expect(errorOf(channels['complaints.list'], { pageSize: 500 }).message).toBe('「每页条数」不能大于 200');
    expect(errorOf(channels['complaints.attachSignedScan'], { id: 1, fileName: 'a.pdf', contentBase64: 7 }).message).toMatch(/^「文件内容」/);
  });
});

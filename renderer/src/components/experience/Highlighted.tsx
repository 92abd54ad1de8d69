import { Fragment } from 'react';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

const byLength = (a: string, b: string) => b.length - a.length;

/**
 * A text with its key words marked, so the clerk grasps it at a glance, and the words a search found marked
 * apart (`hits`, data-search-hit), so the clerk sees why a row is there. Longer words first (停车位 before 停车), a
 * hit before a key word at the same place; the key words are lower-cased by the segmenter, so Latin letters match
 * in any case.
 */
export function Highlighted({ text, words = [], hits = [] }: { text: string; words?: readonly string[]; hits?: readonly string[] }) {
  const hitWords = [...new Set(hits)].filter(Boolean).sort(byLength);
  const keyWords = [...new Set(words)].filter((word) => word && !hitWords.includes(word)).sort(byLength);
  const all = [...hitWords, ...keyWords];
  if (all.length === 0 || !text) return <>{text}</>;
  const isHit = new Set(hitWords.map((word) => word.toLowerCase()));
  const parts = text.split(new RegExp(`(${all.map(escape).join('|')})`, 'gi'));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 0 ? (
          <Fragment key={index}>{part}</Fragment>
        ) : isHit.has(part.toLowerCase()) ? (
          <mark key={index} data-search-hit={part} style={{ background: '#ffd591', fontWeight: 600, padding: '0 1px', borderRadius: 2 }}>
            {part}
          </mark>
        ) : (
          <mark key={index} data-keyword={part} style={{ background: '#ffe58f', padding: '0 1px', borderRadius: 2 }}>
            {part}
          </mark>
        ),
      )}
    </>
  );
}

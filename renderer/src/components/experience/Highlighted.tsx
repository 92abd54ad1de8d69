import { Fragment } from 'react';

function escape(word: string): string {
  return word.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/**
 * A text with its key words marked, so the clerk grasps it at a glance. Longer words first (停车位 before 停车);
 * the key words are lower-cased by the segmenter, so Latin letters match in any case.
 */
export function Highlighted({ text, words }: { text: string; words: readonly string[] }) {
  const sorted = [...new Set(words)].filter(Boolean).sort((a, b) => b.length - a.length);
  if (sorted.length === 0) return <>{text}</>;
  const parts = text.split(new RegExp(`(${sorted.map(escape).join('|')})`, 'gi'));
  return (
    <>
      {parts.map((part, index) =>
        index % 2 === 1 ? (
          <mark key={index} data-keyword={part} style={{ background: '#ffe58f', padding: '0 1px', borderRadius: 2 }}>
            {part}
          </mark>
        ) : (
          <Fragment key={index}>{part}</Fragment>
        ),
      )}
    </>
  );
}

import type { ReactNode } from 'react';

/**
 * The page's one level-one heading, which a screen reader jumps to first: it looks like the card title it sits in.
 * A page of several cards of equal weight (来电记录: the entry and the log) names itself with a heading only the
 * reader sees.
 */
export function PageTitle({ children, readerOnly = false }: { children: ReactNode; readerOnly?: boolean }) {
  return <h1 className={readerOnly ? 'tz-reader-only' : 'tz-page-title'}>{children}</h1>;
}

import { createContext, useContext } from 'react';
import { Highlighted } from './Highlighted';

const none: readonly string[] = [];
const RowKeywordsContext = createContext<ReadonlyMap<number, readonly string[]>>(new Map());

/** Each row's key words by id, for the summaries below it (RowSummary). */
export const RowKeywordsProvider = RowKeywordsContext.Provider;

/**
 * A row's summary with its key words marked. The words come from the list's context, not from its columns: they
 * arrive after the rows, and new columns would draw every cell of the table again, where this redraws only the
 * summaries.
 */
export function RowSummary({ rowId, text, hits }: { rowId: number; text: string; hits: readonly string[] }) {
  return <Highlighted text={text} words={useContext(RowKeywordsContext).get(rowId) ?? none} hits={hits} />;
}

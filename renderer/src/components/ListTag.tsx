import type { ReactNode } from 'react';

/** The colours the ledgers' status and severity tags use, by antd's names. */
export type ListTagColor = 'default' | 'processing' | 'blue' | 'cyan' | 'green' | 'gold' | 'orange' | 'volcano' | 'red' | 'magenta' | 'purple';

/**
 * A tag as antd's filled Tag draws it (global.css, .tz-tag), in a plain span. A list shows two or three on each of
 * its 20–100 rows, and each antd Tag is a component with its own style and config hooks: they were a third of
 * drawing a page of complaints. A tag that never closes nor is clicked needs none of that.
 */
export function ListTag({ color, children }: { color: ListTagColor; children: ReactNode }) {
  return <span className={`tz-tag tz-tag-${color}`}>{children}</span>;
}

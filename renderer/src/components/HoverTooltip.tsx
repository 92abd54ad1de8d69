import { Tooltip } from 'antd';
import { cloneElement, useRef, useState, type MouseEvent, type ReactElement } from 'react';

type Hoverable = ReactElement<{ onMouseEnter?: (event: MouseEvent) => void; onMouseLeave?: (event: MouseEvent) => void }>;

/**
 * antd's hover Tooltip, mounted only once the pointer first comes over its child. A Tooltip is a trigger with its
 * own effects and observers: one per cell of a list (a deadline on each of 20–100 rows) was a large part of drawing
 * the rows. The first hover mounts it already open, as the Tooltip itself would open it; from then on it is antd's.
 */
export function HoverTooltip({ title, children }: { title: string; children: Hoverable }) {
  const [armed, setArmed] = useState(false);
  const hovered = useRef(false);
  if (armed) {
    return (
      <Tooltip title={title} defaultOpen={hovered.current}>
        {children}
      </Tooltip>
    );
  }
  return cloneElement(children, {
    onMouseEnter: () => {
      hovered.current = true;
      setArmed(true);
    },
    onMouseLeave: () => {
      hovered.current = false;
    },
  });
}

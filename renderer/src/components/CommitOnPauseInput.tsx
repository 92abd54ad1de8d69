import { Input, type InputProps, type InputRef } from 'antd';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

type Props = Omit<InputProps, 'value' | 'onChange'> & {
  value: string | undefined;
  /** Called once typing pauses, or at once on Enter. */
  onCommit: (value: string | undefined) => void;
};

/** A search box that keeps its own text while typing and reports it when the clerk pauses. */
export const CommitOnPauseInput = forwardRef<InputRef, Props>(function CommitOnPauseInput({ value, onCommit, ...rest }, ref) {
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text, 300);
  const committed = useRef(value ?? '');

  // The URL changed on its own (back, a link): show what it says.
  useEffect(() => {
    if ((value ?? '') !== committed.current) {
      committed.current = value ?? '';
      setText(value ?? '');
    }
  }, [value]);

  const commit = (next: string) => {
    if (next.trim() === committed.current) return;
    committed.current = next.trim();
    onCommit(next.trim() || undefined);
  };

  // Only a change of the settled text should commit; `commit` itself is new on every render.
  useEffect(() => commit(settled), [settled]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Input
      ref={ref}
      allowClear
      {...rest}
      value={text}
      onChange={(event) => setText(event.target.value)}
      onPressEnter={() => commit(text)}
    />
  );
});

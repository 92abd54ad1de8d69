import { Input, type InputProps, type InputRef } from 'antd';
import { forwardRef, useEffect, useRef, useState } from 'react';
import { useDebouncedValue } from '../hooks/useDebouncedValue';

type Props = Omit<InputProps, 'value' | 'onChange'> & {
  value: string | undefined;
  /** Called once typing pauses, or at once on Enter, on an IME's committed word, or on a paste. */
  onCommit: (value: string | undefined) => void;
};

/** How long single keystrokes (pinyin initials, a number's tail) wait for the next before the search runs. */
const pauseMs = 150;

/**
 * A search box that keeps its own text while typing and reports it when the clerk pauses. Chinese arrives whole:
 * an IME commits a word in one input event (after its composition, whose pinyin letters are never searched), as
 * does a paste or a scanner — those are reported at once, without waiting for a pause.
 */
export const CommitOnPauseInput = forwardRef<InputRef, Props>(function CommitOnPauseInput({ value, onCommit, ...rest }, ref) {
  const [text, setText] = useState(value ?? '');
  const settled = useDebouncedValue(text, pauseMs);
  const committed = useRef(value ?? '');
  const composing = useRef(false);

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

  // Only a change of the settled text should commit; `commit` itself is new on every render. A pause that ends after
  // the address has replaced the text (a page turn or a link within 150 ms of a committed word) is no longer what the
  // box shows: committing it would put the old search back into the address, or take the clerk back to the list.
  useEffect(() => {
    if (!composing.current && settled === text) commit(settled);
  }, [settled]); // eslint-disable-line react-hooks/exhaustive-deps

  return (
    <Input
      ref={ref}
      allowClear
      {...rest}
      value={text}
      onChange={(event) => {
        setText(event.target.value);
        // Several characters in one event: a committed word, a paste, a scan — not a keystroke to wait on.
        const inserted = (event.nativeEvent as InputEvent).data ?? '';
        if (!composing.current && [...inserted].length > 1) commit(event.target.value);
      }}
      onCompositionStart={() => {
        composing.current = true;
      }}
      onCompositionEnd={(event) => {
        composing.current = false;
        commit(event.currentTarget.value);
      }}
      onPressEnter={() => commit(text)}
    />
  );
});

import { Form, Input } from 'antd';
import type { ComponentProps, KeyboardEvent } from 'react';

type Props = ComponentProps<typeof Input.TextArea>;

/** A multi-line field of a form: Enter makes a new line, Ctrl+Enter saves the form (as everywhere else). */
export function SubmitTextArea({ onKeyDown, ...rest }: Props) {
  const form = Form.useFormInstance();
  const keyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    onKeyDown?.(event);
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    }
  };
  return <Input.TextArea autoSize={{ minRows: 2, maxRows: 8 }} {...rest} onKeyDown={keyDown} />;
}

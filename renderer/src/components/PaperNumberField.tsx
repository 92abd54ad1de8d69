import { Form, Input } from 'antd';
import { useState } from 'react';
import { call } from '../api/client';
import { paperBlankKinds, paperBlankStatuses, paperNumberOf, type PaperBlankKind } from '../../../shared/domain/paperForms/paperForms';

/**
 * 纸质表单编号: a record first written on a blank paper form (the day the PC was down) is entered under the number
 * printed on it, typed or read by the scanner from the form's code; the record gets exactly that number. Left
 * empty, the record takes the next number in sequence.
 */
export function PaperNumberField({ kind }: { kind: PaperBlankKind }) {
  const [found, setFound] = useState<string | null>(null);
  // A call sheet's code names the sheet; each of its rows has a number of its own.
  const hint = kind === 'call' ? '据空白客户来电记录表补录时填写该行的编号;否则留空' : `据预先打印的空白${paperBlankKinds[kind]}补录时填写或扫描二维码;否则留空`;
  const check = async (entered: string | undefined) => {
    if (!entered || !paperNumberOf(entered)) return setFound(null);
    try {
      const blank = await call('paperForms.find', { entered });
      setFound(`${paperBlankKinds[blank.kind]} ${blank.number}:${paperBlankStatuses[blank.status]}`);
    } catch {
      setFound(null);
    }
  };
  return (
    <Form.Item
      name="paperNumber"
      label="纸质表单编号"
      extra={found ?? hint}
      normalize={(value: string) => (value && paperNumberOf(value)) || value}
    >
      <Input allowClear placeholder="如 TS-202611-0012" onBlur={(event) => void check(event.target.value)} data-testid="paper-number" />
    </Form.Item>
  );
}

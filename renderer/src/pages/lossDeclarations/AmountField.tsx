import { Form, Input, Typography } from 'antd';
import { amountInCapitals, formatYuan, yuanTextToFen } from '../../../../shared/domain/money';

/** 金额 typed in yuan as text (never a float), shown back as ¥1,234.56 and in capitals as on the form. */
export function AmountField() {
  const form = Form.useFormInstance();
  const text = Form.useWatch('amountText', form) as string | undefined;
  const fen = text ? yuanTextToFen(text) : null;
  return (
    <Form.Item
      name="amountText"
      label="金额(元)"
      rules={[
        {
          validator: async (_rule, value: string | undefined) => {
            const parsed = value ? yuanTextToFen(value) : null;
            if (!value) throw new Error('请填写金额');
            if (parsed === null) throw new Error('金额应为数字,最多两位小数,如 1234.56');
            if (parsed <= 0) throw new Error('金额应大于 0');
          },
        },
      ]}
      extra={
        fen !== null && fen > 0 ? (
          <Typography.Text data-testid="amount-capitals">
            {formatYuan(fen)} 大写:{amountInCapitals(fen)}
          </Typography.Text>
        ) : undefined
      }
    >
      <Input prefix="¥" placeholder="如 1234.56" inputMode="decimal" autoComplete="off" data-testid="amount-input" />
    </Form.Item>
  );
}

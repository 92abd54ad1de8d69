import { Form, Input, type FormRule } from 'antd';
import { minimumPinLength, strongSecretRule } from '../../../shared/domain/access';

/** The same limits as the contract's `password` schema, checked before the call so the message is immediate. */
const passwordRules: FormRule[] = [
  { required: true, message: '请输入密码' },
  { min: minimumPinLength, message: `密码至少 ${minimumPinLength} 位` },
  { max: 64, message: '密码不能超过 64 位' },
];

interface Props {
  /** The form field holding the new password. */
  name?: string;
  label?: string;
  autoFocus?: boolean;
}

/**
 * A new password typed twice. Never trimmed (a space may be part of it), as in the contract. The second field
 * is named `${name}Confirm` and is not sent. No show-password eye anywhere: owners stand at the counter, and
 * the eye would sit in the Tab order between the two fields.
 */
export function NewPasswordFields({ name = 'password', label = '密码', autoFocus = false }: Props) {
  return (
    <>
      <Form.Item name={name} label={label} rules={passwordRules} extra={`至少 ${minimumPinLength} 位,前台可以用数字 PIN;${strongSecretRule}`}>
        <Input.Password visibilityToggle={false} autoComplete="new-password" maxLength={64} autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item
        name={`${name}Confirm`}
        label={`再次输入${label}`}
        dependencies={[name]}
        rules={[
          { required: true, message: '请再输入一次密码' },
          ({ getFieldValue }) => ({
            validator: (_rule, value: unknown) =>
              !value || value === getFieldValue(name) ? Promise.resolve() : Promise.reject(new Error('两次输入的密码不一致')),
          }),
        ]}
      >
        <Input.Password visibilityToggle={false} autoComplete="new-password" maxLength={64} />
      </Form.Item>
    </>
  );
}

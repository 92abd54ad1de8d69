import { Form, Input } from 'antd';
import { checkIdNumber, normaliseIdNumber } from '../../../../shared/domain/idNumber';
import { officeToday } from '../../../../shared/domain/officeDate';

/** An 18-digit ID number checked as it is typed (GB 11643), with the same messages the main process gives. */
export function IdNumberField({ name, label, required = true }: { name: string; label: string; required?: boolean }) {
  return (
    <Form.Item
      name={name}
      label={label}
      validateTrigger={['onBlur', 'onSubmit']}
      // A Chinese input method's full-width digits and Ｘ turn into ASCII as they are typed.
      normalize={(value: string) => normaliseIdNumber(value)}
      rules={[
        {
          validator: async (_rule, value: string | undefined) => {
            if (!value && !required) return;
            const check = checkIdNumber(value ?? '', officeToday());
            if (!check.ok) throw new Error(check.message);
          },
        },
      ]}
      extra="列表、查询结果和打印默认隐去中间 8 位"
    >
      <Input maxLength={22} autoComplete="off" placeholder="18 位,最后一位可为 X" data-testid={`${name}-input`} />
    </Form.Item>
  );
}

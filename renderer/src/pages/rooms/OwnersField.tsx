import { MinusCircleOutlined, PlusOutlined } from '@ant-design/icons';
import { Button, Form, Input, Space, type FormRule } from 'antd';

/** The owners of one room, each with a phone; at most 6 (the contract's limit). */
export function OwnersField({ glyphRule }: { glyphRule: FormRule }) {
  return (
    <Form.List name="owners">
      {(fields, { add, remove }) => (
        <Form.Item label="业主">
          {fields.map((field, index) => (
            <Space key={field.key} align="start" style={{ display: 'flex' }}>
              <Form.Item
                name={[field.name, 'name']}
                rules={[{ required: true, whitespace: true, message: '请填写业主姓名' }, glyphRule]}
                style={{ marginBottom: 8 }}
              >
                <Input placeholder="业主姓名" aria-label={`业主${index + 1}姓名`} maxLength={40} style={{ width: 160 }} />
              </Form.Item>
              <Form.Item name={[field.name, 'phone']} style={{ marginBottom: 8 }}>
                <Input placeholder="联系电话" aria-label={`业主${index + 1}电话`} maxLength={30} inputMode="tel" style={{ width: 180 }} />
              </Form.Item>
              <Button type="text" icon={<MinusCircleOutlined />} aria-label={`删除业主${index + 1}`} onClick={() => remove(field.name)} />
            </Space>
          ))}
          {fields.length < 6 && (
            <Button type="dashed" icon={<PlusOutlined />} onClick={() => add({ name: '', phone: '' })}>
              添加业主
            </Button>
          )}
        </Form.Item>
      )}
    </Form.List>
  );
}

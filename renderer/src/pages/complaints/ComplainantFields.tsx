import { Col, Form, Input, type FormRule } from 'antd';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { RoomField } from '../../components/RoomField';

/** 房号, 投诉人, 联系电话 and 联系地址; name and phone disappear for an anonymous complaint. */
export function ComplainantFields({ glyphRule }: { glyphRule: FormRule }) {
  const anonymous = Form.useWatch('anonymous') === true;
  return (
    <>
      <Col span={8}>
        <RoomField glyphRule={glyphRule} />
      </Col>
      {!anonymous && (
        <Col span={8}>
          <Form.Item
            name="complainantName"
            label={fieldLabels.complainantName}
            rules={[{ required: true, whitespace: true, message: '请填写投诉人,或勾选“匿名投诉”' }, glyphRule]}
          >
            <Input maxLength={40} />
          </Form.Item>
        </Col>
      )}
      {!anonymous && (
        <Col span={8}>
          <Form.Item name="phone" label={fieldLabels.phone}>
            <Input maxLength={30} inputMode="tel" />
          </Form.Item>
        </Col>
      )}
      <Col span={anonymous ? 16 : 24}>
        <Form.Item name="address" label={fieldLabels.address} rules={[glyphRule]}>
          <Input maxLength={200} placeholder="与房号不同时填写,如租户现住址" />
        </Form.Item>
      </Col>
    </>
  );
}

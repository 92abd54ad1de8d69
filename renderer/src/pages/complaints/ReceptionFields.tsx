import { AutoComplete, Checkbox, Col, Form, Select, type FormRule } from 'antd';
import { complaintChannels, referralSources, type ComplaintChannel } from '../../../../shared/domain/complaints/complaint';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import { MinuteDateTimePicker } from '../../forms/MinuteDateTimePicker';

const channelOptions = Object.entries(complaintChannels).map(([value, label]) => ({ value, label }));
const referralOptions = referralSources.map((source) => ({ value: source }));

/** 投诉时间, 投诉方式 (with 转办单位 for referrals) and 匿名投诉: the head of the paper form. */
export function ReceptionFields({ glyphRule }: { glyphRule: FormRule }) {
  const form = Form.useFormInstance();
  const channel = Form.useWatch('channel', form) as ComplaintChannel | undefined;

  const onAnonymous = (anonymous: boolean) => {
    // Anonymous stays anonymous: drop whatever was typed or filled from the room.
    if (anonymous) form.setFieldsValue({ complainantName: undefined, phone: undefined });
  };

  return (
    <>
      <Col span={6}>
        <Form.Item name="receivedAt" label={fieldLabels.receivedAt} rules={[{ required: true, message: '请填写投诉时间' }]}>
          <MinuteDateTimePicker when="past" allowClear={false} />
        </Form.Item>
      </Col>
      <Col span={6}>
        <Form.Item name="channel" label={fieldLabels.channel} rules={[{ required: true, message: '请选择投诉方式' }]}>
          <Select
            options={channelOptions}
            onChange={(value: ComplaintChannel) => {
              if (value === 'anonymous') {
                form.setFieldValue('anonymous', true);
                onAnonymous(true);
              }
            }}
          />
        </Form.Item>
      </Col>
      <Col span={6}>
        {channel === 'referral' && (
          <Form.Item
            name="referralSource"
            label={fieldLabels.referralSource}
            rules={[{ required: true, whitespace: true, message: '第三方转办的投诉请填写转办单位' }, glyphRule]}
          >
            <AutoComplete
              options={referralOptions}
              showSearch={{ filterOption: (typed, option) => !typed || String(option?.value ?? '').includes(typed) }}
              placeholder="如 消协、媒体、总公司"
            />
          </Form.Item>
        )}
      </Col>
      <Col span={6}>
        <Form.Item name="anonymous" label={fieldLabels.anonymous} valuePropName="checked">
          <Checkbox onChange={(event) => onAnonymous(event.target.checked)}>不登记姓名和电话</Checkbox>
        </Form.Item>
      </Col>
    </>
  );
}

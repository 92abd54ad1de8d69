import { Checkbox, Col, Form, Radio, Typography } from 'antd';
import { complaintCategories, complaintSeverities, type ComplaintSeverity } from '../../../../shared/domain/complaints/complaint';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';

/** DOMAIN.md §1 (seed 004): what each degree means at the desk. */
const severityHints: Record<ComplaintSeverity, string> = {
  minor: '一次性的小问题,前台当即处理',
  general: '立项处理,3 个工作日内办结',
  major: '影响公司声誉,1 个工作日内处理并报经理',
  serious: '影响声誉且损失较大,专案处理并立即报经理',
};

const categoryOptions = Object.entries(complaintCategories).map(([value, label]) => ({ value, label }));
const severityOptions = (Object.keys(complaintSeverities) as ComplaintSeverity[]).map((value) => ({
  value,
  label: complaintSeverities[value],
  title: severityHints[value],
}));

/** 投诉分类, 严重程度 and 紧急. */
export function ClassificationFields() {
  const severity = Form.useWatch('severity') as ComplaintSeverity | undefined;
  return (
    <>
      <Col span={24}>
        <Form.Item name="category" label={fieldLabels.category} rules={[{ required: true, message: '请选择投诉分类' }]}>
          <Radio.Group optionType="button" options={categoryOptions} aria-label={fieldLabels.category} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item
          name="severity"
          label={fieldLabels.severity}
          rules={[{ required: true, message: '请选择严重程度' }]}
          extra={severity ? severityHints[severity] : undefined}
        >
          <Radio.Group optionType="button" options={severityOptions} aria-label={fieldLabels.severity} />
        </Form.Item>
      </Col>
      <Col span={12}>
        <Form.Item label=" " colon={false}>
          <Form.Item name="urgent" valuePropName="checked" noStyle>
            <Checkbox>{fieldLabels.urgent}</Checkbox>
          </Form.Item>
          <Typography.Text type="secondary">涉及人身安全或重大财产损失,需立即处理</Typography.Text>
        </Form.Item>
      </Col>
    </>
  );
}

import { Col, Form, Input, Select, type FormRule } from 'antd';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { Department } from '../../../../shared/domain/office/officeRecords';
import { SubmitTextArea } from '../../forms/SubmitTextArea';

interface Props {
  departments: Department[];
  glyphRule: FormRule;
}

/** 被投诉部门或对象, 投诉内容 and 投诉要求: what the complaint is about. */
export function DescriptionFields({ departments, glyphRule }: Props) {
  const departmentOptions = departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
  return (
    <>
      <Col span={8}>
        <Form.Item name="targetDepartmentId" label={fieldLabels.targetDepartmentId}>
          <Select allowClear showSearch={{ optionFilterProp: 'label' }} placeholder="选择部门" options={departmentOptions} />
        </Form.Item>
      </Col>
      <Col span={16}>
        <Form.Item name="targetDescription" label={fieldLabels.targetDescription} rules={[glyphRule]}>
          <Input maxLength={100} placeholder="被投诉的员工、岗位或事项" />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item
          name="content"
          label={fieldLabels.content}
          rules={[{ required: true, whitespace: true, message: '请填写投诉内容' }, glyphRule]}
        >
          <SubmitTextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} />
        </Form.Item>
      </Col>
      <Col span={24}>
        <Form.Item name="demand" label={fieldLabels.demand} rules={[glyphRule]}>
          <SubmitTextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} />
        </Form.Item>
      </Col>
    </>
  );
}

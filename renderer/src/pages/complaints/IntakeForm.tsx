import { Button, Col, Form, Input, Row, Select, Space, type FormInstance } from 'antd';
import type { KeyboardEvent } from 'react';
import { fieldLabels } from '../../../../shared/domain/fieldLabels';
import type { Department, Staff } from '../../../../shared/domain/records';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { ClassificationFields } from './ClassificationFields';
import { ComplainantFields } from './ComplainantFields';
import type { IntakeValues } from './intakeValues';
import { ReceiverField } from './ReceiverField';
import { ReceptionFields } from './ReceptionFields';

interface Props {
  form: FormInstance<IntakeValues>;
  initialValues: IntakeValues;
  departments: Department[];
  staff: Staff[];
  saving: boolean;
  onFinish: (values: IntakeValues) => void;
}

/**
 * The 业主投诉处理记录表 (seed 002 篇一) as a form: fields and Tab order follow the paper.
 * Enter saves from any one-line field; inside a multi-line field Ctrl+Enter does.
 */
export function IntakeForm({ form, initialValues, departments, staff, saving, onFinish }: Props) {
  const glyphRule = useGlyphRule();
  const submitOnCtrlEnter = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter' && (event.ctrlKey || event.metaKey)) {
      event.preventDefault();
      form.submit();
    }
  };
  const departmentOptions = departments.filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));

  return (
    <Form<IntakeValues>
      form={form}
      name="intake"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      scrollToFirstError={{ focus: true, block: 'center' }}
      data-testid="complaint-intake-form"
    >
      <Row gutter={16}>
        <ReceptionFields glyphRule={glyphRule} />
        <ComplainantFields glyphRule={glyphRule} />
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
            <Input.TextArea autoSize={{ minRows: 4, maxRows: 12 }} maxLength={4000} onKeyDown={submitOnCtrlEnter} />
          </Form.Item>
        </Col>
        <Col span={24}>
          <Form.Item name="demand" label={fieldLabels.demand} rules={[glyphRule]}>
            <Input.TextArea autoSize={{ minRows: 2, maxRows: 6 }} maxLength={2000} onKeyDown={submitOnCtrlEnter} />
          </Form.Item>
        </Col>
        <ClassificationFields />
        <Col span={8}>
          <ReceiverField staff={staff} />
        </Col>
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving}>
          保存投诉
        </Button>
        <Button htmlType="button" onClick={() => form.resetFields()} disabled={saving}>
          清空重填
        </Button>
      </Space>
    </Form>
  );
}

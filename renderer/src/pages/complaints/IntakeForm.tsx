import { Button, Col, Form, Row, Space, type FormInstance } from 'antd';
import type { Department } from '../../../../shared/domain/office/officeRecords';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { ClassificationFields } from './ClassificationFields';
import { ComplainantFields } from './ComplainantFields';
import { DescriptionFields } from './DescriptionFields';
import { ExperiencePanel } from './experience/ExperiencePanel';
import type { IntakeValues } from './intakeValues';
import { ReceptionFields } from './ReceptionFields';
import { SignedInReceiver } from './SignedInReceiver';
import { PaperNumberField } from '../../components/PaperNumberField';

interface Props {
  form: FormInstance<IntakeValues>;
  initialValues: IntakeValues;
  departments: Department[];
  saving: boolean;
  /** Entering a new complaint: it may come from a blank paper form. */
  paperNumber?: boolean;
  onFinish: (values: IntakeValues) => void;
  /** The clerk typed or picked something (the draft is kept from here). */
  onValuesChange: () => void;
  /** 清空重填: the form goes back to its start, and its draft with it. */
  onClear: () => void;
}

/**
 * The 业主投诉处理记录表 (seed 002 篇一) as a form: fields and Tab order follow the paper.
 * Enter saves from any one-line field; inside a multi-line field Ctrl+Enter does.
 */
export function IntakeForm({ form, initialValues, departments, saving, paperNumber = false, onFinish, onValuesChange, onClear }: Props) {
  const glyphRule = useGlyphRule();
  return (
    <Form<IntakeValues>
      form={form}
      name="intake"
      layout="vertical"
      initialValues={initialValues}
      onFinish={onFinish}
      onValuesChange={onValuesChange}
      scrollToFirstError={{ focus: true, block: 'center' }}
      data-testid="complaint-intake-form"
    >
      <Row gutter={16}>
        <ReceptionFields glyphRule={glyphRule} />
        <ComplainantFields glyphRule={glyphRule} />
        <DescriptionFields departments={departments} glyphRule={glyphRule} />
        <ExperiencePanel form={form} departments={departments} />
        <ClassificationFields />
        <Col span={8}>
          <SignedInReceiver />
        </Col>
        {paperNumber && (
          <Col span={8}>
            <PaperNumberField kind="complaint" />
          </Col>
        )}
      </Row>
      <Space>
        <Button type="primary" htmlType="submit" loading={saving} disabled={saving}>
          保存投诉
        </Button>
        <Button
          htmlType="button"
          onClick={() => {
            form.resetFields();
            onClear();
          }}
          disabled={saving}
        >
          清空重填
        </Button>
      </Space>
    </Form>
  );
}

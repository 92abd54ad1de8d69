import { DatePicker, Form, Input } from 'antd';
import type { Dayjs } from 'dayjs';
import type { CapaReport } from '../../../../../shared/domain/complaints/complaintParts';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { useGlyphRule } from '../../../hooks/useGlyphRule';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels } from './stepLabels';

interface Values {
  nonconformity?: string;
  causeAnalysis?: string;
  correctiveAction?: string;
  preventiveAction?: string;
  responsiblePerson?: string;
  plannedCompletion?: Dayjs;
}

const texts = ['nonconformity', 'causeAnalysis', 'correctiveAction', 'preventiveAction'] as const;

/** 填写纠正/预防措施报告: the department's report, all of it required, then printed for signature. */
export function CapaSubmitModal({ report, onClose }: { report: CapaReport | null; onClose: () => void }) {
  const glyphRule = useGlyphRule();
  return (
    <StepModal<'capa.submit', Values>
      open={report !== null}
      title={`纠正/预防措施报告 ${report?.number ?? ''}`}
      channel="capa.submit"
      toInput={(values) => ({
        id: report!.id,
        nonconformity: values.nonconformity ?? '',
        causeAnalysis: values.causeAnalysis ?? '',
        correctiveAction: values.correctiveAction ?? '',
        preventiveAction: values.preventiveAction ?? '',
        responsiblePerson: values.responsiblePerson ?? '',
        plannedCompletion: values.plannedCompletion?.format('YYYY-MM-DD') ?? '',
      })}
      fields={[...texts, 'responsiblePerson', 'plannedCompletion']}
      success={(saved) => `报告 ${saved.number} 已提交`}
      okText="提交报告"
      width={760}
      onClose={onClose}
    >
      {texts.map((name, index) => (
        <Form.Item key={name} name={name} label={stepLabels[name]} rules={[{ required: true, whitespace: true, message: `请填写${stepLabels[name]}` }, glyphRule]}>
          <SubmitTextArea maxLength={2000} autoFocus={index === 0} />
        </Form.Item>
      ))}
      <Form.Item name="responsiblePerson" label={stepLabels.responsiblePerson} rules={[{ required: true, whitespace: true, message: '请填写责任人' }, glyphRule]}>
        <Input maxLength={40} />
      </Form.Item>
      <Form.Item name="plannedCompletion" label={stepLabels.plannedCompletion} rules={[{ required: true, message: '请选择计划完成日期' }]}>
        <DatePicker style={{ width: '100%' }} />
      </Form.Item>
    </StepModal>
  );
}

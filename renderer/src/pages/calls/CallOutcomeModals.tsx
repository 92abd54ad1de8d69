import { Checkbox, Form, Input, Radio, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import type { CallRecord } from '../../../../shared/domain/calls/call';
import { complaintCategories, complaintSeverities, type ComplaintCategory, type ComplaintSeverity } from '../../../../shared/domain/complaints/complaint';
import type { RepairCategory, RepairUrgency, RepairWorkKind } from '../../../../shared/domain/repairs/repair';
import { SubmitTextArea } from '../../forms/SubmitTextArea';
import { DepartmentSelect } from '../../components/DepartmentSelect';
import { RepairClassificationFields } from '../repairs/repairPages';
import { StepModal } from '../../forms/StepModal';
import { enumOptions } from '../../forms/enumOptions';
import { CallSubjectFields, callSubjectInput } from './CallSubjectFields';

/** The room and person fields a conversion may ask for (CallSubjectFields). */
interface Subject {
  roomId?: number | null;
  roomText?: string;
  complainantName?: string;
}

export type CallOutcomeAction = 'answer' | 'toRepair' | 'toComplaint';

/** The one action that settles a call: answered as a consultation, or turned into a repair or a complaint. */
export function CallOutcomeModals({ call, action, onClose }: { call: CallRecord; action: CallOutcomeAction | null; onClose: () => void }) {
  const navigate = useNavigate();
  const heading = `${call.number} ${call.roomLabel ?? ''} ${call.callerName ?? ''}`;
  return (
    <>
      <StepModal<'calls.answer', { answer: string }>
        width={600}
        open={action === 'answer'}
        title={`咨询答复 · ${heading}`}
        channel="calls.answer"
        fields={['answer']}
        toInput={(values) => ({ id: call.id, answer: values.answer })}
        success="已记录答复"
        onClose={onClose}
      >
        <p>{call.matter}</p>
        <Form.Item name="answer" label="答复内容" rules={[{ required: true, whitespace: true, message: '请填写答复内容' }]}>
          <SubmitTextArea maxLength={1000} autoFocus />
        </Form.Item>
      </StepModal>
      <StepModal<'calls.toRepair', Subject & { content: string; location?: string; category: RepairCategory; workKind: RepairWorkKind; urgency: RepairUrgency }>
        width={600}
        open={action === 'toRepair'}
        title={`转报修 · ${heading}`}
        channel="calls.toRepair"
        fields={['roomText', 'complainantName', 'content', 'location', 'category', 'workKind', 'urgency']}
        rename={{ roomId: 'roomText', reporterName: 'complainantName' }}
        initialValues={{ roomId: null, content: call.matter, workKind: 'repair', urgency: 'normal' }}
        toInput={(values) => {
          const { name, ...room } = callSubjectInput(call, values);
          return {
            id: call.id,
            ...room,
            ...(name !== undefined && { reporterName: name }),
            content: values.content,
            location: values.location ?? null,
            category: values.category,
            workKind: values.workKind,
            urgency: values.urgency,
          };
        }}
        success={(saved) => `已转为报修 ${saved.repairNumber ?? ''}`}
        onDone={(saved) => saved.repairId && navigate(`/repairs/${saved.repairId}`)}
        onClose={onClose}
      >
        <CallSubjectFields call={call} personLabel="报修人" />
        <Form.Item name="content" label="报修内容" rules={[{ required: true, whitespace: true, message: '请填写报修内容' }]}>
          <SubmitTextArea maxLength={2000} />
        </Form.Item>
        <RepairClassificationFields />
      </StepModal>
      <StepModal<'calls.toComplaint', Subject & { content: string; demand?: string; category: ComplaintCategory; severity: ComplaintSeverity; urgent?: boolean; targetDepartmentId?: number }>
        width={600}
        open={action === 'toComplaint'}
        title={`转投诉 · ${heading}`}
        channel="calls.toComplaint"
        fields={['roomText', 'complainantName', 'content', 'demand', 'category', 'severity', 'urgent', 'targetDepartmentId']}
        rename={{ roomId: 'roomText' }}
        initialValues={{ roomId: null, content: call.matter, severity: 'general' }}
        toInput={(values) => {
          const { name, ...room } = callSubjectInput(call, values);
          return {
          id: call.id,
          ...room,
          ...(name !== undefined && { complainantName: name }),
          content: values.content,
          demand: values.demand ?? null,
          category: values.category,
          severity: values.severity,
          urgent: values.urgent ?? false,
          targetDepartmentId: values.targetDepartmentId ?? null,
          };
        }}
        success={(saved) => `已转为投诉 ${saved.complaintNumber ?? ''}`}
        onDone={(saved) => saved.complaintId && navigate(`/complaints/${saved.complaintId}`)}
        onClose={onClose}
      >
        <CallSubjectFields call={call} personLabel="投诉人" />
        <Form.Item name="content" label="投诉内容" rules={[{ required: true, whitespace: true, message: '请填写投诉内容' }]}>
          <SubmitTextArea maxLength={4000} />
        </Form.Item>
        <Form.Item name="demand" label="投诉要求">
          <Input maxLength={2000} />
        </Form.Item>
        <Form.Item name="targetDepartmentId" label="被投诉部门">
          <DepartmentSelect allowClear />
        </Form.Item>
        <Form.Item name="category" label="投诉分类" rules={[{ required: true, message: '请选择投诉分类' }]}>
          <Select options={enumOptions(complaintCategories)} placeholder="选择分类" />
        </Form.Item>
        <Form.Item name="severity" label="严重程度" rules={[{ required: true, message: '请选择严重程度' }]}>
          <Radio.Group options={enumOptions(complaintSeverities)} />
        </Form.Item>
        <Form.Item name="urgent" valuePropName="checked">
          <Checkbox>紧急(人身安全、重大财产损失)</Checkbox>
        </Form.Item>
      </StepModal>
    </>
  );
}

import { Alert, Button, Checkbox, Form, Input, Radio } from 'antd';
import type { Dayjs } from 'dayjs';
import { revisitMethods, satisfactionLevels, type RevisitMethod, type SatisfactionLevel } from '../../../../shared/domain/complaints/complaintLifecycle';
import { staffRoles } from '../../../../shared/domain/office/office';
import { revisitScript, type RevisitScriptItem } from '../../../../shared/domain/revisits/revisit';
import type { RevisitDetail } from '../../../../shared/domain/revisits/revisitRecords';
import { MinuteDateTimePicker } from '../../forms/MinuteDateTimePicker';
import { SubmitTextArea } from '../../forms/SubmitTextArea';
import { toLocalDateTime } from '../../forms/localTime';
import { officeNow } from '../../forms/officeNow';
import { useSaveForm } from '../../forms/useSaveForm';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { StaffSelect } from '../../components/StaffSelect';

interface Values {
  method?: RevisitMethod;
  revisitorStaffId?: number;
  revisitedAt?: Dayjs;
  scriptChecks?: RevisitScriptItem[];
  ownerOpinion?: string;
  resultSatisfaction?: SatisfactionLevel;
  attitudeSatisfaction?: SatisfactionLevel;
  officeOpinion?: string;
}

const options = (labels: Record<string, string>) => Object.entries(labels).map(([value, label]) => ({ value, label }));
const fields = ['method', 'revisitorStaffId', 'revisitedAt', 'scriptChecks', 'ownerOpinion', 'resultSatisfaction', 'attitudeSatisfaction', 'officeOpinion'];

/**
 * 已联系上: the 回访记录表 filled in. The person the rules want (by severity) is proposed as 回访人; the phone
 * script is a checklist; 不满意 with the result says before saving that the record will reopen.
 */
export function RevisitResultForm({ detail, reopenNote, onDone }: { detail: RevisitDetail; reopenNote?: string; onDone?: (saved: RevisitDetail) => void }) {
  const [form] = Form.useForm<Values>();
  const glyphRule = useGlyphRule();
  const unsatisfied = Form.useWatch('resultSatisfaction', form) === 'unsatisfied';
  const { submit, pending } = useSaveForm({
    channel: 'revisits.record',
    form,
    toInput: (values) => ({
      id: detail.revisit.id,
      method: values.method!,
      revisitorStaffId: values.revisitorStaffId!,
      revisitedAt: values.revisitedAt ? toLocalDateTime(values.revisitedAt) : '',
      scriptChecks: values.scriptChecks ?? [],
      ownerOpinion: values.ownerOpinion ?? '',
      resultSatisfaction: values.resultSatisfaction!,
      attitudeSatisfaction: values.attitudeSatisfaction!,
      officeOpinion: values.officeOpinion ?? null,
    }),
    success: (saved) => (saved.revisit.reopened ? '业户不满意,已重新打开处理' : '回访已登记'),
    fields,
    ...(onDone && { onDone }),
  });
  const required = detail.revisit.requiredRole;
  return (
    <Form<Values>
      form={form}
      layout="vertical"
      onFinish={() => void submit()}
      initialValues={{ method: 'phone', revisitorStaffId: detail.proposedRevisitor?.id, revisitedAt: officeNow(), scriptChecks: [] }}
    >
      <Form.Item name="method" label="回访方式" rules={[{ required: true, message: '请选择回访方式' }]}>
        <Radio.Group options={options(revisitMethods)} optionType="button" />
      </Form.Item>
      <Form.Item
        name="revisitorStaffId"
        label="回访人"
        extra={`按重要程度应由${staffRoles[required]}${required === 'manager' ? '' : '或以上'}回访`}
        rules={[{ required: true, message: '请选择回访人' }]}
      >
        <StaffSelect />
      </Form.Item>
      <Form.Item name="revisitedAt" label="回访时间" rules={[{ required: true, message: '请填写回访时间' }]}>
        <MinuteDateTimePicker when="past" allowClear={false} />
      </Form.Item>
      <Form.Item name="scriptChecks" label="回访内容(电话回访语言规范,逐项勾选)">
        <Checkbox.Group data-testid="revisit-script" style={{ display: 'flex', flexDirection: 'column', gap: 4 }} options={options(revisitScript)} />
      </Form.Item>
      <Form.Item name="ownerOpinion" label="业户意见" rules={[{ required: true, whitespace: true, message: '请填写业户意见' }, glyphRule]}>
        <SubmitTextArea maxLength={1000} autoFocus />
      </Form.Item>
      <Form.Item name="resultSatisfaction" label="对处理结果的满意情况" rules={[{ required: true, message: '请选择对处理结果的满意程度' }]}>
        <Radio.Group options={options(satisfactionLevels)} optionType="button" data-testid="result-satisfaction" />
      </Form.Item>
      <Form.Item name="attitudeSatisfaction" label="对工作人员服务态度的满意情况" rules={[{ required: true, message: '请选择对服务态度的满意程度' }]}>
        <Radio.Group options={options(satisfactionLevels)} optionType="button" data-testid="attitude-satisfaction" />
      </Form.Item>
      <Form.Item name="officeOpinion" label="客服部意见" rules={[glyphRule]}>
        <Input maxLength={500} />
      </Form.Item>
      {unsatisfied && (
        <Alert type="warning" showIcon data-testid="reopen-warning" style={{ marginBottom: 12 }} title={reopenNote ?? '业户不满意:保存后将重新打开处理,并通知经理。'} />
      )}
      <Button type="primary" htmlType="submit" loading={pending} data-testid="save-revisit">
        保存回访
      </Button>
    </Form>
  );
}

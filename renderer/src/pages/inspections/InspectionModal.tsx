import { Alert, Form, Modal } from 'antd';
import dayjs, { type Dayjs } from 'dayjs';
import { useState } from 'react';
import type { InspectionOutcome, InspectionRecord } from '../../../../shared/domain/inspections/inspection';
import { useCurrentStaff } from '../../auth/currentStaff';
import { toLocalDateTime } from '../../forms/localTime';
import { officeNow } from '../../forms/officeNow';
import { useSaveForm } from '../../forms/useSaveForm';
import { InspectionFields } from './InspectionFields';

interface Values {
  inspectedAt?: Dayjs;
  place?: string;
  inspectorStaffId?: number;
  findings?: string;
  followUp?: string;
  outcome?: InspectionOutcome;
  reason?: string;
}

/** What the dialog is for: a new check of a complaint, or correcting one already written down. */
export type InspectionEditing =
  | { mode: 'new'; complaint: { id: number; number: string; place: string } }
  | { mode: 'edit'; inspection: InspectionRecord }
  | null;

const fields = ['inspectedAt', 'place', 'inspectorStaffId', 'findings', 'followUp', 'outcome', 'reason'] as const;

function InspectionForm({ editing, onClose }: { editing: NonNullable<InspectionEditing>; onClose: () => void }) {
  const staff = useCurrentStaff();
  const [form] = Form.useForm<Values>();
  const [refusal, setRefusal] = useState<string | null>(null);
  const common = (values: Values) => ({
    inspectedAt: values.inspectedAt ? toLocalDateTime(values.inspectedAt) : '',
    place: values.place ?? '',
    inspectorStaffId: values.inspectorStaffId!,
    findings: values.findings ?? '',
    followUp: values.followUp ?? null,
    outcome: values.outcome!,
  });
  const onDone = () => {
    setRefusal(null);
    onClose();
  };
  const create = useSaveForm({
    channel: 'inspections.create',
    form,
    toInput: (values: Values) => ({ complaintId: editing.mode === 'new' ? editing.complaint.id : 0, ...common(values) }),
    success: (saved) => `巡查记录 ${saved.number} 已登记`,
    fields,
    onUnplaced: setRefusal,
    onDone,
  });
  const edit = useSaveForm({
    channel: 'inspections.edit',
    form,
    toInput: (values: Values) => ({ id: editing.mode === 'edit' ? editing.inspection.id : 0, ...common(values), reason: values.reason ?? '' }),
    success: '巡查记录已更正',
    fields,
    onUnplaced: setRefusal,
    onDone,
  });
  const { submit, pending } = editing.mode === 'new' ? create : edit;
  const initialValues: Values =
    editing.mode === 'new'
      ? { inspectedAt: officeNow(), inspectorStaffId: staff.staffId, place: editing.complaint.place }
      : {
          inspectedAt: dayjs(editing.inspection.inspectedAt),
          place: editing.inspection.place,
          inspectorStaffId: editing.inspection.inspectorStaffId,
          findings: editing.inspection.findings,
          followUp: editing.inspection.followUp ?? '',
          outcome: editing.inspection.outcome,
        };
  const save = () => {
    setRefusal(null);
    void submit();
  };
  return (
    <Modal
      open
      title={editing.mode === 'new' ? `登记巡查 · ${editing.complaint.number}` : `更正巡查记录 · ${editing.inspection.number}`}
      onOk={save}
      onCancel={onClose}
      okText="保存巡查记录"
      confirmLoading={pending}
      mask={{ closable: false }}
      width={640}
      destroyOnHidden
    >
      {refusal && <Alert type="error" showIcon title={refusal} style={{ marginBottom: 12 }} data-testid="inspection-refusal" />}
      <Form<Values> form={form} layout="vertical" initialValues={initialValues} onFinish={save} data-testid="inspection-form">
        <InspectionFields withReason={editing.mode === 'edit'} />
        <button type="submit" hidden aria-hidden tabIndex={-1} />
      </Form>
    </Modal>
  );
}

export function InspectionModal({ editing, onClose }: { editing: InspectionEditing; onClose: () => void }) {
  return editing ? <InspectionForm editing={editing} onClose={onClose} /> : null;
}

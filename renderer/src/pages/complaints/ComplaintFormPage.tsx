import { App, Card, Form, Skeleton } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useChannelMutation, useDepartments } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { applyCallError } from '../../forms/applyCallError';
import { DraftOffer } from '../../forms/DraftOffer';
import { LeaveGuard } from '../../forms/LeaveGuard';
import { useEntryDraft } from '../../forms/useEntryDraft';
import { useOneAtATime } from '../../forms/useOneAtATime';
import { IntakeForm } from './IntakeForm';
import { initialIntakeValues, intakeFieldNames, toIntakeInput, type IntakeValues } from './intakeValues';
import { PageTitle } from '../../components/PageTitle';

export function ComplaintFormPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const departments = useDepartments();
  const create = useChannelMutation('complaints.create');
  const draft = useEntryDraft('complaintIntake', form);
  const saving = useOneAtATime();

  const onFinish = (values: IntakeValues) =>
    saving.run(async () => {
      try {
        const record = await create.mutateAsync({ ...toIntakeInput(values), paperNumber: values.paperNumber ?? null });
        await draft.discard();
        void message.success(`投诉已登记,编号 ${record.number}`);
        navigate(`/complaints/${record.id}`, { replace: true });
      } catch (error) {
        applyCallError(form, error, message, { fields: intakeFieldNames, rename: { roomId: 'roomText' } });
      }
    });

  return (
    <Card title={<PageTitle>登记投诉 · 业主投诉处理记录表</PageTitle>} size="small" style={{ maxWidth: 1100 }}>
      {departments.error && <QueryErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />}
      {draft.offer && <DraftOffer draft={draft.offer} onRestore={draft.restore} onDiscard={() => void draft.discard()} />}
      {departments.data ? (
        <IntakeForm
          form={form}
          initialValues={initialIntakeValues()}
          departments={departments.data}
          saving={saving.running}
          paperNumber
          onFinish={(values) => void onFinish(values)}
          onValuesChange={draft.changed}
          onClear={() => void draft.discard()}
        />
      ) : (
        !departments.error && <Skeleton active paragraph={{ rows: 10 }} />
      )}
      <LeaveGuard {...draft.leave} />
    </Card>
  );
}

import { App, Card, Form, Skeleton } from 'antd';
import { useNavigate } from 'react-router-dom';
import { useChannelMutation, useDepartments } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { applyCallError } from '../../forms/applyCallError';
import { IntakeForm } from './IntakeForm';
import { initialIntakeValues, intakeFieldNames, toIntakeInput, type IntakeValues } from './intakeValues';

export function ComplaintFormPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const [form] = Form.useForm<IntakeValues>();
  const departments = useDepartments();
  const create = useChannelMutation('complaints.create');

  const onFinish = async (values: IntakeValues) => {
    if (create.isPending) return;
    try {
      const record = await create.mutateAsync({ ...toIntakeInput(values), paperNumber: values.paperNumber ?? null });
      void message.success(`投诉已登记,编号 ${record.number}`);
      navigate(`/complaints/${record.id}`, { replace: true });
    } catch (error) {
      applyCallError(form, error, message, { fields: intakeFieldNames, rename: { roomId: 'roomText' } });
    }
  };

  return (
    <Card title="登记投诉 · 业主投诉处理记录表" size="small" style={{ maxWidth: 1100 }}>
      {departments.error && <QueryErrorAlert error={departments.error} onRetry={() => void departments.refetch()} />}
      {departments.data ? (
        <IntakeForm
          form={form}
          initialValues={initialIntakeValues()}
          departments={departments.data}
          saving={create.isPending}
          paperNumber
          onFinish={(values) => void onFinish(values)}
        />
      ) : (
        !departments.error && <Skeleton active paragraph={{ rows: 10 }} />
      )}
    </Card>
  );
}

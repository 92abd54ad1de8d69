import { App, Card, Form, Skeleton } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useNavigate } from 'react-router-dom';
import { useChannelMutation, useDepartments, useStaff } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { applyCallError } from '../../forms/applyCallError';
import { readLastReceiver } from '../../forms/lastReceiver';
import { IntakeForm } from './IntakeForm';
import { initialIntakeValues, intakeFieldNames, toIntakeInput, type IntakeValues } from './intakeValues';

export function ComplaintFormPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const queryClient = useQueryClient();
  const [form] = Form.useForm<IntakeValues>();
  const departments = useDepartments();
  const staff = useStaff();
  const create = useChannelMutation('complaints.create');
  const [lastReceiver] = useState(readLastReceiver);

  const onFinish = async (values: IntakeValues) => {
    if (create.isPending) return;
    try {
      const record = await create.mutateAsync(toIntakeInput(values));
      void queryClient.invalidateQueries({ queryKey: ['complaints.list'] });
      void message.success(`投诉已登记,编号 ${record.number}`);
      navigate(`/complaints/${record.id}`, { replace: true });
    } catch (error) {
      applyCallError(form, error, message, { fields: intakeFieldNames, rename: { roomId: 'roomText' } });
    }
  };

  const loadError = departments.error ?? staff.error;
  const ready = departments.data && staff.data;
  const remembered = staff.data?.some((member) => member.id === lastReceiver && member.active) ? lastReceiver : undefined;

  return (
    <Card title="登记投诉 · 业主投诉处理记录表" size="small" style={{ maxWidth: 1100 }}>
      {loadError && <QueryErrorAlert error={loadError} onRetry={() => void Promise.all([departments.refetch(), staff.refetch()])} />}
      {ready ? (
        <IntakeForm
          form={form}
          initialValues={initialIntakeValues(remembered)}
          departments={departments.data}
          staff={staff.data}
          saving={create.isPending}
          onFinish={(values) => void onFinish(values)}
        />
      ) : (
        !loadError && <Skeleton active paragraph={{ rows: 10 }} />
      )}
    </Card>
  );
}

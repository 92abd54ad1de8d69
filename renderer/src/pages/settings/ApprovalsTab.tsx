import { Button, Form, Select, Skeleton, Switch, Table, Typography } from 'antd';
import {
  approvalKindKeys,
  approvalKinds,
  approverLabels,
  approverRoles,
  separationRules,
  type ApprovalRules,
  type SeparationRule,
} from '../../../../shared/domain/approvals/approvals';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { useSaveForm } from '../../forms/useSaveForm';

const approverOptions = approverRoles.map((role) => ({ value: role, label: approverLabels[role] }));
const separationKeys = Object.keys(separationRules) as SeparationRule[];

/** 审批权限: who approves each step the procedures make someone approve, and who may not check their own work. */
export function ApprovalsTab() {
  const current = useChannelQuery('approvals.get', {});
  const canEdit = useCurrentStaff().allows('manager');
  const [form] = Form.useForm<ApprovalRules>();
  const { submit, pending } = useSaveForm({ channel: 'approvals.save', form, toInput: (values) => values, success: '审批权限已保存', fields: ['approvers', 'separation'] });
  if (current.isPending) return <Skeleton active />;
  if (current.isError) return <QueryErrorAlert error={current.error} onRetry={() => void current.refetch()} />;
  return (
    <Form<ApprovalRules> form={form} layout="vertical" disabled={!canEdit} initialValues={current.data} onFinish={() => void submit()} style={{ maxWidth: 820 }}>
      {!canEdit && <Typography.Paragraph type="secondary">只有经理/主任可以修改审批权限。</Typography.Paragraph>}
      <Table
        size="small"
        pagination={false}
        rowKey="kind"
        dataSource={approvalKindKeys.map((kind) => ({ kind, ...approvalKinds[kind] }))}
        columns={[
          { title: '审批事项', dataIndex: 'label' },
          { title: '依据', dataIndex: 'seed' },
          {
            title: '审批人',
            key: 'role',
            width: 200,
            render: (_value, row) => (
              <Form.Item name={['approvers', row.kind]} noStyle>
                <Select options={approverOptions} aria-label={`${row.label}审批人`} style={{ width: '100%' }} />
              </Form.Item>
            ),
          },
        ]}
      />
      <Typography.Title level={5} style={{ marginTop: 16 }}>
        职责分离
      </Typography.Title>
      {separationKeys.map((rule) => (
        <Form.Item key={rule} name={['separation', rule]} label={separationRules[rule]} valuePropName="checked">
          <Switch checkedChildren="执行" unCheckedChildren="不执行" />
        </Form.Item>
      ))}
      {canEdit && (
        <Button type="primary" htmlType="submit" loading={pending}>
          保存审批权限
        </Button>
      )}
    </Form>
  );
}

import { Select, Typography, type SelectProps } from 'antd';
import { staffRoles } from '../../../shared/domain/office/office';
import type { Staff } from '../../../shared/domain/office/officeRecords';
import { useStaff } from '../api/queries';

type Props = Omit<SelectProps<number>, 'options'> & {
  /** The department whose people are offered first (e.g. the one the order goes to). */
  departmentId?: number | null;
};

const option = (member: Staff) => ({ value: member.id, label: member.name });

/** A staff picker: active people only, searchable by name, each with department and role beside it. */
export function StaffSelect({ departmentId, ...rest }: Props) {
  const staff = useStaff();
  const active = (staff.data ?? []).filter((member) => member.active);
  const inDepartment = active.filter((member) => member.departmentId === departmentId);
  const options =
    departmentId && inDepartment.length > 0
      ? [
          { label: inDepartment[0]!.departmentName, title: inDepartment[0]!.departmentName, options: inDepartment.map(option) },
          { label: '其他部门', title: '其他部门', options: active.filter((member) => member.departmentId !== departmentId).map(option) },
        ]
      : active.map(option);
  return (
    <Select<number>
      showSearch={{ optionFilterProp: 'label' }}
      placeholder="选择员工"
      loading={staff.isPending}
      options={options}
      optionRender={(item) => {
        const member = active.find((candidate) => candidate.id === item.value);
        return (
          <span>
            {item.label}
            {member && <Typography.Text type="secondary"> {member.departmentName} · {staffRoles[member.role]}</Typography.Text>}
          </span>
        );
      }}
      {...rest}
    />
  );
}

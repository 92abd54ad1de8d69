import { Select, type SelectProps } from 'antd';
import { useDepartments } from '../api/queries';

/** A department picker: active departments in the office's order. */
export function DepartmentSelect(props: Omit<SelectProps<number>, 'options'>) {
  const departments = useDepartments();
  const options = (departments.data ?? []).filter((d) => d.active).map((d) => ({ value: d.id, label: d.name }));
  return <Select<number> showSearch={{ optionFilterProp: 'label' }} placeholder="选择部门" loading={departments.isPending} options={options} {...props} />;
}

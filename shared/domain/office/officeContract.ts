import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { Office, Department, Staff } from './officeRecords';
import { officeInput, departmentInput, staffInput } from './officeSchemas';

/** The office, its departments and staff. */
export const officeContract = {
  'office.get': read<Office | null>()(noInput, '管理处信息', { access: 'public' }),
  'office.save': write<Office>()(officeInput, '保存管理处信息', { access: 'supervisor' }),
  'departments.list': read<Department[]>()(noInput, '部门列表', { folder: 'either' }),
  'departments.save': write<Department>()(departmentInput, '新增或修改部门', { access: 'supervisor' }),
  'staff.list': read<Staff[]>()(noInput, '员工列表', { folder: 'either' }),
  'staff.save': write<Staff>()(staffInput, '新增或修改员工', { access: 'supervisor', folder: 'either' }),
};

/**
 * The Chinese name of every input field, keyed by its name in the contract. Validation errors name the
 * field with it, and forms use it as their label, so the two never disagree.
 */
export const fieldLabels: Record<string, string> = {
  id: '编号',
  name: '名称',
  companyName: '公司名称',
  code: '管理处代码',
  departmentId: '部门',
  role: '岗位角色',
  active: '启用',
  sortOrder: '排序',
  building: '楼栋',
  unit: '单元',
  roomNo: '房号',
  owners: '业主',
  phone: '联系电话',
  isPrimary: '主联系人',
  note: '备注',
  anonymous: '匿名投诉',
  complainantName: '投诉人',
  roomId: '房号',
  roomText: '房号',
  address: '联系地址',
  receivedAt: '投诉时间',
  channel: '投诉方式',
  referralSource: '转办单位',
  targetDepartmentId: '被投诉部门',
  targetDescription: '被投诉对象',
  content: '投诉内容',
  demand: '投诉要求',
  category: '投诉分类',
  severity: '严重程度',
  urgent: '紧急',
  receiverStaffId: '受理人',
  from: '开始日期',
  to: '结束日期',
  status: '处理状态',
  q: '搜索内容',
  page: '页码',
  pageSize: '每页条数',
  limit: '条数',
  order: '排序',
  // Repairs and the call log.
  reportedAt: '报修时间',
  reporterName: '报修人',
  location: '报修位置',
  workKind: '维修性质',
  urgency: '紧急程度',
  assigneeStaffId: '接单人',
  dueAt: '要求完成时间',
  instructions: '派工说明',
  agreedAt: '约定时间',
  reason: '原因',
  result: '处理结果',
  materials: '材料',
  chargeType: '收费方式',
  charge: '金额',
  newDueAt: '批准的完成时间',
  calledAt: '来电时间',
  callerName: '来电人',
  matter: '事项内容',
  answer: '答复内容',
  date: '日期',
  outcome: '处理结果',
  // Where a name means something else inside a list, the list's name comes first.
  'owners.name': '业主姓名',
  'owners.phone': '业主电话',
};

export function fieldLabel(path: ReadonlyArray<PropertyKey>): string {
  const names = path.filter((part): part is string => typeof part === 'string');
  const inList = names.slice(-2).join('.');
  if (names.length >= 2 && fieldLabels[inList]) return fieldLabels[inList];
  const named = [...names].reverse().find((name) => fieldLabels[name]);
  return named ? fieldLabels[named]! : path.map(String).join('.');
}

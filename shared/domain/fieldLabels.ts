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
  // 收据、发票遗失声明
  customerName: '客户姓名',
  idNumber: '身份证号',
  documentType: '遗失票据',
  documentNumber: '票据号码',
  amountFen: '金额',
  issueDate: '开具日期',
  purpose: '款项用途',
  purposeOther: '其他用途',
  consultantStaffId: '置业顾问',
  byAgent: '代理人办理',
  agentName: '代理人姓名',
  agentIdNumber: '代理人身份证号',
  foundByStaffId: '找到记账联的会计',
  foundAt: '找到时间',
  outcome: '处理方式',
  refundKind: '退款类别',
  presentPerson: '办理人',
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

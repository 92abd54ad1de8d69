import { settableClock, type SettableClock } from '../../electron/app/clock';
import { openTestOffice, complaintIntake, type TestOffice } from './testApp';
import { revisitorFor, steps, tinyPdf } from './lifecycle';
import { completion, dispatchTo, repairIntake } from './repairs';
import { agentIdNumber, lossIntake } from './lossDeclaration';

/** A long complaint as owners write them: many different sentences, 617 characters. */
export function longComplaint(length = 617): string {
  const sentences = [
    '本人𠮷祥云,住5栋2单元801室,自本月初起楼上卫生间持续漏水,天花板大面积渗水发霉。',
    '已多次电话联系物业前台,工作人员王堃登记后称会尽快安排,但至今无人上门查看。',
    '渗水已导致吊顶石膏板变形脱落,卫生间灯具进水,存在触电隐患,家中老人和小孩不敢使用。',
    '楼上住户长期出租,租客拒绝开门配合检查,物业应协调业主本人到场。',
    '要求物业在三日内查明漏水原因,督促楼上维修防水层,并赔偿吊顶和灯具损失共计10005.00元。',
    '另外,地下车库B区照明不足,保安夜间巡逻不到位,上周本人车辆后视镜被刮,监控录像无法调取。',
    '希望管理处重视业主诉求,书面答复处理进度,否则将向消协和媒体反映。',
  ];
  let text = '';
  for (let i = 0; text.length < length; i += 1) text += sentences[i % sentences.length];
  return text.slice(0, length);
}

export interface PaperOffice extends TestOffice {
  clock: SettableClock;
  ids: {
    complaint: number;
    workOrder: number;
    capaReport: number;
    repair: number;
    revisit: number;
    inspection: number;
    lossDeclaration: number;
    callDay: string;
  };
}

/**
 * An office with a record in every ledger, each taken as far as its papers go, filled in as a new user would:
 * a 617-character complaint from 𠮷祥云 (𠮷 is in CJK Extension B), the clerk 王堃, an amount of 10005.00.
 */
export async function openPaperOffice(): Promise<PaperOffice> {
  const clock = settableClock();
  clock.set('2026-11-23T10:00:00');
  const office = await openTestOffice({ clock });
  const { asClerk: clerk, asSupervisor: supervisor } = office;
  const room = await office.app.call('rooms.save', { building: '5', unit: '2', roomNo: '801', owners: [{ name: '𠮷祥云', phone: '13600001234' }] });

  const complaint = await clerk.call('complaints.create', complaintIntake(office, { complainantName: '𠮷祥云', roomId: room.id, address: '5栋2单元801室', content: longComplaint(), demand: '三日内查明原因并赔偿损失' }));
  const order = await clerk.call('complaints.dispatch', steps.dispatch(office, complaint.id));
  await clerk.call('workOrders.collect', { id: order.id });
  await clerk.call('complaints.recordHandling', { ...steps.handling(office, complaint.id), personAtFault: '楼上租客' });
  await supervisor.call('complaints.review', { id: complaint.id, decision: 'approve', comment: '同意处理方案,赔偿金额与业主协商后报批。' });
  await clerk.call('complaints.revisit', steps.revisit(office, complaint.id, 'satisfied', await revisitorFor(office, complaint.id)));
  await supervisor.call('complaints.requestCapa', { id: complaint.id, note: '同类漏水本月第三次' });
  const capa = (await office.app.call('complaints.get', { id: complaint.id })).capaReports[0]!;

  const inspection = await clerk.call('inspections.create', {
    complaintId: complaint.id,
    inspectedAt: '2026-11-23T09:55',
    place: '5栋2单元801室卫生间及楼上901室',
    inspectorStaffId: office.clerk.id,
    findings: '801室卫生间吊顶渗水面积约1平方米,901室地漏周边防水层开裂,已拍照留存。',
    outcome: 'resolved',
  });

  const repair = await clerk.call('repairs.create', repairIntake(office, { reporterName: '𠮷祥云', roomId: room.id }));
  await clerk.call('repairs.dispatch', dispatchTo(office, repair.id));
  await clerk.call('repairs.collect', { id: repair.id });
  await clerk.call('repairs.arrive', { id: repair.id });
  await clerk.call('repairs.complete', completion(repair.id));
  const started = await clerk.call('revisits.start', { subjectKind: 'repair', subjectId: repair.id });
  await clerk.call('revisits.record', {
    // The clerk took the order and finished it: separation of duties has the supervisor revisit it.
    id: started.revisit.id, method: 'phone', revisitorStaffId: office.supervisor.id, revisitedAt: '2026-11-23T10:00',
    ownerOpinion: '水龙头已不漏,师傅准时上门,走时清理了现场。', resultSatisfaction: 'satisfied', attitudeSatisfaction: 'satisfied', officeOpinion: '按期回访,业主满意',
  });

  await clerk.call('calls.create', { calledAt: '2026-11-23T09:20', roomId: room.id, callerName: '𠮷祥云', phone: '13600001234', matter: '问楼上漏水何时有人上门' });

  const loss = await clerk.call('lossDeclarations.create', lossIntake(office, { customerName: '𠮷祥云', documentType: 'invoice', amountFen: 1000500, byAgent: true, agentName: '李娜', agentIdNumber }));
  await clerk.call('lossDeclarations.recordStub', { id: loss.id, foundByStaffId: office.supervisor.id, foundAt: '2026-11-23T10:00', fileName: '记账联.pdf', contentBase64: tinyPdf.toString('base64') });
  clock.set('2026-12-08T09:00:00');
  await clerk.call('lossDeclarations.decideOutcome', { id: loss.id, outcome: 'invoiceCopy', presentPerson: 'agent' });

  return {
    ...office,
    clock,
    ids: { complaint: complaint.id, workOrder: order.id, capaReport: capa.id, repair: repair.id, revisit: started.revisit.id, inspection: inspection.id, lossDeclaration: loss.id, callDay: '2026-11-23' },
  };
}

import type { RepairCategory } from '../../shared/domain/repairs/repair';
import type { ComplaintCategory } from '../../shared/domain/complaints/complaint';
import type { Random } from './random';

/**
 * Phrase pools for complaints as owners word them: a place, the problem, how long, what it caused, what was
 * tried, and the demand. Three to five clauses make 40–160 characters, like the paper ledger's entries.
 */
const places = ['楼上卫生间', '我家厨房', '单元门口', '地下车库', '电梯间', '楼道', '小区东门', '楼下商铺', '儿童游乐区', '中心花园', '会所', '消防通道', '垃圾房旁', '阳台外墙', '天台'];

const problems: Record<ComplaintCategory, string[]> = {
  general: ['物业费账单与上月不一致', '公告栏通知张贴不及时', '停水通知当天才看到', '收费明细没有公示', '业主群里的问题没人回复'],
  cleaning: ['垃圾连续两天没人清理', '地面有污渍扶手黏手', '积水未及时清扫', '楼道堆满小广告', '垃圾桶满溢气味很大'],
  maintenance: ['漏水', '天花板渗水发霉', '门禁坏了刷卡无反应', '水龙头维修后又开始滴水', '电梯困人', '电梯频繁停在半层', '路灯不亮', '下水道堵塞返水', '外墙瓷砖脱落', '水管爆裂漏水严重'],
  reception: ['办理装修登记来回跑了三趟', '物业电话多次无人接听', '前台人员态度冷淡', '材料清单没一次说清', '投诉后一直没有回复'],
  order: ['外来车辆占用消防通道', '晚上十一点后还在装修噪音扰民', '快递员随意进出不登记', '夜间有人在楼下喧哗', '车位被长期占用'],
  greening: ['绿化带杂草丛生', '树枝挡住窗户采光', '打药时没有提前通知', '草坪被踩秃无人补种', '落叶堵塞排水沟'],
  department: ['维修人员上门未穿鞋套', '游泳池开放时间随意变更', '工程部答复互相推诿', '保安值班时玩手机', '客服承诺的事情没有兑现'],
  other: ['充电桩经常被燃油车占用', '邻居在公共走廊堆放杂物', '宠物粪便无人清理', '楼顶违建无人制止', '共享单车堆在门口'],
};

const durations = ['已经持续一周', '前后反映了三次', '从上个月开始', '这两天特别严重', '上周末又出现了', '已经半个多月', '每天晚上都这样'];
const consequences = ['老人孩子出行不便', '家里墙面和家具受损', '严重影响休息', '存在安全隐患', '邻里之间已经发生争执', '来访亲友都有意见', '下雨天更加严重'];
const tried = ['给前台打过电话', '在业主群里反映过', '找过楼栋管家', '报修后师傅来看过一次', '写过书面意见', '和保安当面说过'];
const demands = ['尽快上门维修并回访', '当天处理并给出书面答复', '查明原因杜绝再次发生', '赔偿损失并道歉', '加强巡查并公示处理结果', '安排专人跟进', '三天内给出处理方案'];

export function complaintText(random: Random, category: ComplaintCategory): { content: string; demand: string } {
  const clauses = [`${random.pick(places)}${random.pick(problems[category])}`, random.pick(durations)];
  if (random.chance(0.7)) clauses.push(random.pick(consequences));
  if (random.chance(0.6)) clauses.push(`${random.pick(tried)}但没有解决`);
  if (random.chance(0.3)) clauses.push(random.pick(problems[category]));
  return { content: `${clauses.join(',')}。`, demand: random.pick(demands) };
}

export const handlingResults = ['已安排维修人员上门处理完毕', '已与相关业主沟通协调解决', '已整改并加强日常巡查', '经核实情况属实,已按规定处理', '已更换损坏部件并试用正常'];
export const revisitFeedback = ['业主表示满意', '问题已解决,希望保持', '处理及时,态度好', '基本满意,希望加快速度', '仍有少量问题,已再次安排'];
export const targetDescriptions = ['维修班组', '夜班保安', '保洁班组', '前台客服', '绿化外包单位', '会所前台'];

const repairPlaces = ['卫生间', '厨房', '主卧', '次卧', '客厅', '阳台', '入户门', '书房', '楼道', '电表箱'];
const repairProblems: Record<RepairCategory, string[]> = {
  plumbing: ['水龙头滴水关不紧', '下水道堵塞返味', '马桶水箱一直流水', '热水器进水管漏水', '地漏返水', '水管接头渗水'],
  electrical: ['插座没电', '灯不亮开关无反应', '空气开关经常跳闸', '电表箱有焦味', '楼道感应灯不亮'],
  doorsWindows: ['入户门锁芯卡住打不开', '窗户合页松动关不严', '纱窗脱轨', '门禁对讲没有声音', '推拉门滑轮损坏'],
  building: ['墙面空鼓开裂', '天花板渗水发霉', '地砖松动起拱', '外墙渗水到室内', '防水层破损'],
  publicFacility: ['单元门闭门器漏油', '信报箱门脱落', '楼道扶手松动', '消防栓箱门关不上', '垃圾桶盖损坏'],
  elevator: ['电梯按钮不灵', '电梯门关不上', '电梯运行有异响', '电梯停在半层', '电梯内照明不亮'],
  other: ['晾衣架升降失灵', '空调冷凝水管脱落', '排气扇不转', '晾衣杆断裂'],
};
const repairDetails = ['今天早上发现的', '已经两三天了', '晚上用水时更明显', '家里有老人不方便', '希望下午上门', '请来之前先打电话', '下班后才在家'];

export function repairText(random: Random, category: RepairCategory): { content: string; location: string } {
  const location = random.pick(repairPlaces);
  const clauses = [`${location}${random.pick(repairProblems[category])}`, random.pick(repairDetails)];
  if (random.chance(0.5)) clauses.push(random.pick(repairDetails));
  return { content: `${clauses.join(',')}。`, location };
}
export const repairMaterials = ['水龙头阀芯 1 个', '生料带 1 卷', 'PPR 直接 2 个', '开关面板 1 个', '五孔插座 1 个', '锁芯 1 个', '合页 2 个', '玻璃胶 1 支', 'LED 灯泡 2 个', '闭门器 1 个', '角阀 1 个'];
export const repairResults = ['已更换损坏配件,试用正常', '已疏通,排水正常', '已紧固处理,业主确认', '已重新打胶密封', '已检修线路,恢复供电', '已调整到位,开关顺畅'];

export const callMatters = ['咨询物业费缴纳方式', '询问停水停电时间', '咨询装修登记手续', '询问快递代收点开放时间', '咨询车位月卡办理', '询问小区活动安排', '反映楼道灯不亮', '家里水管漏水请派人', '投诉楼上装修噪音', '咨询门禁卡补办', '询问发票开具进度', '反映电梯异响'];
export const callAnswers = ['已告知可在服务中心或微信缴纳', '已告知通知时间并提醒储水', '已告知所需材料和办理时间', '已告知开放时间为早八点至晚八点', '已告知办理流程及费用', '已告知近期活动安排', '已告知补办需带身份证到前台'];

export const inspectionPlaces = ['单元楼道', '地下车库', '中心花园', '小区东门', '电梯轿厢', '消防通道', '垃圾房', '楼顶天台', '会所', '儿童游乐区'];
export const inspectionFindings = ['现场查看,问题已整改,环境整洁', '现场仍有少量杂物,已通知保洁清理', '设施已修复,运行正常', '未发现业主所述情况,已电话告知', '整改尚未完成,已督促责任班组', '已加强夜间巡逻,未再出现'];

import type { ComplaintCategory } from '../../shared/domain/complaint';
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

import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';

/** Realistic words for a demo office: names (including rare characters), and complaints as owners phrase them. */

export const surnames = ['王', '李', '张', '刘', '陈', '杨', '赵', '黄', '周', '吴', '徐', '孙', '胡', '朱', '高', '林', '何', '郭', '马', '罗'];
export const givenNames = [
  '伟', '芳', '娜', '敏', '静', '丽', '强', '磊', '军', '洋', '勇', '艳', '杰', '娟', '涛', '明', '超', '秀英', '霞', '平',
  '刚', '桂英', '建华', '志强', '晓燕', '海燕', '国庆', '玉兰', '文博', '子涵', '堃', '喆', '犇', '昇', '玥', '赟', '珺', '䶮',
];

export const complaintTexts: Record<ComplaintCategory, Array<{ content: string; demand: string }>> = {
  general: [
    { content: '物业费账单与上月不一致,多收了公摊水电费,前台解释不清。', demand: '核对账单并书面说明' },
    { content: '小区公告栏通知张贴不及时,停水通知当天才看到。', demand: '提前三天通知并在业主群同步' },
  ],
  cleaning: [
    { content: '楼道垃圾连续两天没人清理,气味很大,夏天招蚊虫。', demand: '每天按时清运并消毒' },
    { content: '电梯轿厢地面有污渍,扶手黏手,清洁不到位。', demand: '加强电梯清洁频次' },
    { content: '地下车库积水未及时清扫,车辆进出溅水。', demand: '尽快清理积水并查明原因' },
  ],
  maintenance: [
    { content: '楼上卫生间漏水,我家天花板渗水发霉,已经持续一周。', demand: '尽快上门维修并协调楼上业主' },
    { content: '单元门门禁坏了三天,刷卡无反应,陌生人随意进出。', demand: '当天修复门禁' },
    { content: '报修的水龙头维修后又开始滴水,维修师傅态度敷衍。', demand: '重新维修并回访' },
    { content: '电梯频繁停在半层,困人一次,老人不敢坐。', demand: '彻底检修电梯并出具检测报告' },
  ],
  reception: [
    { content: '前台办理装修登记时让我来回跑了三趟,材料清单没一次说清。', demand: '一次性告知所需材料' },
    { content: '打物业电话多次无人接听,晚上报修没人管。', demand: '保证24小时有人接听' },
  ],
  order: [
    { content: '夜间有外来车辆占用消防通道,保安巡逻时没有处理。', demand: '加强巡逻,清理违停车辆' },
    { content: '楼下商铺晚上十一点后还在装修,噪音扰民。', demand: '按规定限制施工时间' },
    { content: '快递员随意进出小区,门岗不登记。', demand: '严格执行来访登记' },
  ],
  greening: [
    { content: '楼前绿化带杂草丛生,树枝挡住二楼窗户采光。', demand: '修剪树枝,清除杂草' },
    { content: '打药时没有提前通知,孩子在草坪上玩耍。', demand: '打药前张贴通知并设警示' },
  ],
  department: [
    { content: '工程部维修人员上门未穿鞋套,弄脏了地板也没清理。', demand: '规范上门服务并道歉' },
    { content: '会所游泳池开放时间随意变更,没有通知会员。', demand: '公布固定开放时间' },
  ],
  other: [
    { content: '小区充电桩经常被燃油车占用,电动车无法充电。', demand: '设置标识并安排管理' },
    { content: '邻居在公共走廊堆放杂物,存在消防隐患。', demand: '通知清理并定期检查' },
  ],
};

export const targetDescriptions = ['维修班组', '夜班保安', '保洁班组', '前台客服', '绿化外包单位', '会所前台', ''];

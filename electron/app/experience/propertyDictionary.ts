import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';
import { broadLexicon, type DictionaryGroup } from './propertyLexicon';

export type { DictionaryGroup };

/**
 * The property-management dictionary: words the segmenter must keep whole (漏水, 停车位, 物业费…), each with the
 * 投诉分类 and the department it usually belongs to. The words make the key words; the hints let a new office,
 * with no past cases yet, still be offered a category and a department. A department is named by a part of its
 * name (工程 matches 工程部(运行维护部)), so an office that renamed its departments keeps the hints.
 */
const firstWords: readonly DictionaryGroup[] = [
  {
    category: 'maintenance',
    department: '工程',
    words: [
      '漏水', '渗水', '渗漏', '滴水', '漏雨', '返潮', '发霉', '霉斑', '水管', '爆管', '水龙头', '下水道', '排水', '堵塞', '地漏', '马桶',
      '返臭', '防水', '防水层', '天花板', '吊顶', '墙皮', '裂缝', '脱落', '外墙', '瓷砖', '屋面', '雨水管', '停水', '停电', '跳闸', '配电箱',
      '线路', '电梯', '轿厢', '困人', '门禁', '对讲', '可视对讲', '道闸', '伸缩门', '路灯', '声控灯', '照明', '水压', '加压泵', '水泵', '供水',
      '暖气', '暖气片', '供暖', '阀门', '消防栓', '烟感', '闭门器', '防火门', '扶手', '合页', '窗户', '盖板', '排水沟', '维修', '报修', '坏了',
      '失灵', '故障', '热水管', '井盖', '管道',
    ],
  },
  {
    category: 'cleaning',
    department: '保洁',
    words: [
      '保洁', '卫生', '打扫', '清扫', '清洁', '垃圾', '垃圾桶', '垃圾房', '清运', '臭味', '异味', '苍蝇', '蚊蝇', '蟑螂', '老鼠', '消杀',
      '消毒', '污水', '油污', '灰尘', '烟头', '小广告', '尿渍', '狗屎', '粪便', '鸟粪', '化粪池', '厨余垃圾', '装修垃圾', '垃圾分类', '拖地',
      '湿滑', '擦拭', '脏乱', '脏', '发臭', '洗手液', '死老鼠', '杂物',
    ],
  },
  {
    category: 'order',
    department: '秩序',
    words: [
      '噪音', '扰民', '喧哗', '吵闹', '广场舞', '停车', '停车位', '车位', '乱停', '占道', '占用', '挪车', '保安', '门岗', '岗亭', '巡逻', '登记',
      '陌生人', '外来人员', '外来车辆', '盗窃', '被盗', '被偷', '入室', '监控', '高空抛物', '消防通道', '飞线充电', '电动车', '充电', '违章搭建',
      '违建', '私搭乱建', '遛狗', '狗叫', '拴绳', '咬伤', '宠物', '推销', '飙车', '秩序', '安全隐患', '打架', '鸽子', '装修噪音', '砸墙', '电钻',
    ],
  },
  {
    category: 'greening',
    department: '绿化',
    words: [
      '绿化', '绿化带', '绿地', '草坪', '草皮', '杂草', '割草机', '树木', '大树', '树枝', '枯枝', '树苗', '灌木', '绿篱', '乔木', '花坛', '花草',
      '修剪', '修枝', '浇水', '喷灌', '灌溉', '施肥', '农药', '打药', '除虫', '病虫害', '毛毛虫', '马蜂窝', '枯死', '补种', '种菜', '爬山虎',
      '竹子', '落叶', '园林', '景观树', '樱花树', '桂花树', '月季', '遮挡', '采光',
    ],
  },
  {
    category: 'reception',
    department: '客户服务',
    words: [
      '前台', '接待', '客服', '办理', '手续', '门禁卡', '出入证', '物业费', '缴费', '催缴', '收据', '缴纳', '态度', '没人接', '服务电话', '回复',
      '回电', '工号', '排队', '窗口', '证明', '登记本', '钥匙', '寄存', '材料', '办事', '效率', '爱答不理', '不耐烦',
    ],
  },
  {
    category: 'department',
    department: '会所',
    words: ['会所', '游泳池', '泳池', '健身房', '跑步机', '棋牌室', '活动室', '羽毛球场', '瑜伽', '救生员', '储物柜', '餐厅'],
  },
  {
    category: 'department',
    department: '财务',
    words: ['财务', '财务部', '退款', '退还', '押金', '发票', '抬头', '滞纳金', '多扣', '多收', '打款', '到账', '账目', '公摊'],
  },
  {
    category: 'department',
    department: '营销',
    words: ['营销部', '置业顾问', '售楼', '售楼处', '交房', '房产证', '样板间', '诚意金', '房款', '认购', '开发商', '承诺'],
  },
  {
    // A repairer's own conduct is still the repair service a clerk ticks (blind writers read it so).
    category: 'maintenance',
    department: '工程',
    words: ['工程部', '维修人员', '维修师傅', '材料费', '鞋套'],
  },
  {
    category: 'general',
    department: '客户服务',
    words: [
      '物业管理', '管理处', '物业公司', '服务质量', '整体服务', '公示', '公告', '公告栏', '通知', '宣传栏', '收支', '公共收益', '维修基金', '业主大会',
      '服务合同', '满意度', '整改', '不作为', '管理混乱', '更换物业', '物业经理', '值班', '着装', '工牌', '社区活动', '服务标准', '遗留问题',
    ],
  },
  {
    category: 'other',
    department: '客户服务',
    words: [
      '快递', '快递柜', '快递员', '外卖', '外卖柜', '宽带', '网络', '运营商', '信号', '基站', '信号塔', '燃气', '燃气公司', '天然气', '有线电视',
      '广电', '自来水公司', '水费', '电力公司', '电表箱', '供暖公司', '暖气费', '公交', '交警', '城管', '环卫', '邮局', '邮政', '邻里',
      '协调', '调解', '施工队', '工地', '充电桩', '开锁', '便民', '团购', '家政', '社区食堂', '酒吧',
    ],
  },
];

/** The first words and the broad lexicon (propertyLexicon.ts). */
export const propertyDictionary: readonly DictionaryGroup[] = [...firstWords, ...broadLexicon];

/** The hints by word: a word listed under two departments (工程部 words under 部门服务) keeps each. */
export const wordHints: ReadonlyMap<string, readonly { category: ComplaintCategory; department: string }[]> = (() => {
  const hints = new Map<string, { category: ComplaintCategory; department: string }[]>();
  for (const group of propertyDictionary) {
    for (const word of group.words) {
      const known = hints.get(word) ?? [];
      if (known.some((hint) => hint.category === group.category && hint.department === group.department)) continue;
      hints.set(word, [...known, { category: group.category, department: group.department }]);
    }
  }
  return hints;
})();

/** Words every complaint at a property desk says: never key words, never a reason to match two cases. */
export const commonWords: ReadonlySet<string> = new Set([
  '业主', '物业', '小区', '住户', '要求', '希望', '麻烦', '尽快', '已经', '一直', '我们', '我家', '你们', '他们', '请', '没有', '问题', '情况',
  '反映', '处理', '解决', '今天', '昨天', '现在', '时候', '什么', '这个', '那个', '还是', '就是', '但是', '因为', '所以', '如果', '可以', '不能',
  '每次', '好几', '几天', '多次', '一下', '一个', '两个', '这样', '那样', '怎么', '为什么', '来电', '投诉', '表示', '认为', '发现', '出现', '告诉',
  '进行', '需要', '应该', '影响', '导致', '造成', '非常', '特别', '十分', '比较', '很多', '太', '很', '都', '也', '还', '又', '再', '就', '才',
  '到', '在', '了', '的', '地', '得', '着', '过', '和', '与', '及', '或', '被', '把', '让', '给', '对', '向', '从', '说', '问', '看', '听', '去',
  '来', '有', '是', '不', '没', '人', '家', '里', '上', '下', '中', '内', '外', '前', '后', '天', '年', '月', '日', '号', '点', '分', '次',
  '单元', '栋', '幢', '号楼', '楼栋', '房号', '室', '先生', '女士', '师傅', '阿姨', '老人', '孩子', '小孩', '邻居家', '目前', '之前', '以后', '最近', '上午', '下午', '晚上', '早上', '半夜', '凌晨',
]);

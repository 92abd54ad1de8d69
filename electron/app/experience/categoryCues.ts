import type { ComplaintCategory } from '../../../shared/domain/complaints/complaint';

/**
 * What a complaint is about is often said by its frame, not its objects: 「停水不提前通知」 is about notices (综合服务),
 * not the water; 「请物业出面跟燃气公司说」 is a third party's matter (其他服务), not a pipe. Single words cannot carry
 * that, so each cue here is a short pattern of how owners put it, with the category and the department a clerk
 * ticks for it. The reading of the four fuzzy categories (the paper form gives only their names):
 * - 综合服务: the property company as a whole — overall service and its value for the fee, fees rising, accounts
 *   and public income, notices, management staff and leaders, complaints that go nowhere, many services at once.
 * - 业务接待: the service desk itself — reception, the service phone, paperwork (办理, 证明, 登记, 申请), answers and
 *   call-backs, the clerks' manner.
 * - 部门服务: one named department's own service — 会所, 财务 (bills, invoices, refunds, deposits), 营销 (sale,
 *   交房, 房产证), or a department's staff at work.
 * - 其他服务: what is not the property's own duty — utilities and outside companies, parcels, convenience and paid
 *   services, neighbours' disputes the desk is asked to mediate, matters for the authorities.
 * Written from how property desks work (2026-12-05), not from any labelled text.
 */
export interface CategoryCue {
  category: ComplaintCategory;
  department: string;
  pattern: RegExp;
}

const cue = (category: ComplaintCategory, department: string, pattern: RegExp): CategoryCue => ({ category, department, pattern });

export const categoryCues: readonly CategoryCue[] = [
  // 综合服务: the company as a whole.
  cue('general', '客户服务', /(物业|服务|管理)[^，。,.!！?？]{0,6}(越来越差|太差|很差|差劲|差得很|不行|太烂|垃圾|稀烂|一塌糊涂|不作为|失职|敷衍|下降|下滑|缩水|变差|跟不上|不到位)/),
  cue('general', '客户服务', /(换|更换|撤换|炒掉|赶走|解聘|辞退|开除)(掉)?(这家|这个|现在的)?物业/),
  cue('general', '客户服务', /(物业费|管理费|服务费)[^。!！?？]{0,16}(涨|贵|不值|对不起|对得起|白交|凭什么|不合理|乱收|太高|偏高|这么高|值不值)/),
  cue('general', '客户服务', /乱收费|只收钱不|光收钱|收钱[^，。,]{0,6}(积极|不干|不办事)|拿钱不办事/),
  cue('general', '客户服务', /(收支|账目|账本|开支|支出|公共收益|维修基金|维修资金|广告费|场地费|停车收益|收益|花销|花在哪|钱花)[^。!！?？]{0,10}(公示|公开|公布|透明|去向|去哪|哪去|归谁|不明|说明|看不到)/),
  cue('general', '客户服务', /(公示|公开|公布)[^。!！?？]{0,8}(收支|账目|账本|开支|收益|维修基金|费用|明细)/),
  cue('general', '客户服务', /(不|没|没有|未|从不|从来不)(提前|事先|及时)?(通知|公告|告知|公示|说一声|打招呼)/),
  cue('general', '客户服务', /(安全管理|管理是怎么|怎么管的|怎么管理|你们在管|你们不管|谁说了算|和稀泥|摆设|形同虚设|恳谈会|座谈会|见面会|说明会|不认账|没兑现|没有兑现|承诺的[^。!！?？]{0,8}没|整治|遗留问题|集体上访|上访)/),
  cue('general', '客户服务', /(换了|换)[^。!！?？]{0,4}(个|任|批)?(经理|管家|物业|负责人)|公众号|小程序|线上平台|物业APP|物业app/),
  cue('general', '客户服务', /业委会|业主委员会|业主大会|物业合同|服务合同|合同约定的服务|前期物业|物业招标|续聘|选聘/),
  cue('general', '客户服务', /(物业经理|项目经理|管理处主任|物业主任|物业领导|物业负责人|项目负责人|物业老板|总经理)/),
  cue('general', '客户服务', /不管不问|不闻不问|管理混乱|管理松懈|管理不到位|管理差|管理太差|管理水平/),
  cue('general', '客户服务', /(投诉|反映|提意见|意见)[^。!！?？]{0,10}(没用|无果|没结果|没有结果|石沉大海|不了了之|没人理|没下文|没有下文|没有回应|不处理|没人处理)/),
  cue('general', '客户服务', /(满意度|调查问卷|问卷|测评|服务标准|考核|服务报告|工作报告|年度报告|整改承诺|整改计划)/),
  cue('general', '客户服务', /(员工|工作人员|物业人员|物业的人)[^。!！?？]{0,10}(着装|工牌|抽烟|聊天|形象|素质|喝酒|睡觉|脏话)/),
  // 绿化养护: spraying the plants, and plants in winter.
  cue('greening', '绿化', /(打|喷|洒|撒)[^。!！?？,，]{0,5}药|防冻|冻死|树根|树枝|树杈/),
  // 业务接待: the desk, its phone, its paperwork.
  cue('reception', '客户服务', /(前台|服务台|服务中心|客服|接待|窗口|大厅|管家|接线员|值班室)[^。!！?？]{0,12}(态度|不理|不搭理|爱答不理|没人|不在|等了|排队|玩手机|聊天|不耐烦|推|凶|冲|说不清|不清楚|解释|答复|回复|关门|锁着|下班)/),
  cue('reception', '客户服务', /(电话|热线|座机|手机)[^。!！?？]{0,8}(没人接|不接|打不通|占线|无人接听|关机|不回|挂)/),
  cue('reception', '客户服务', /(办理|办个|办张|办一?下|补办|开具|开个|开一?张|盖个?章|领取|登记|申请|咨询|预约|报备|备案)[^。!！?？]{0,12}(手续|证明|卡|证|表|材料|业务|流程|麻烦|繁琐|复杂|慢|跑|趟|等|不给)/),
  cue('reception', '客户服务', /(跑了|跑几|跑好几|来回跑|白跑|白等|跑一趟|跑三趟|跑两趟)/),
  cue('reception', '客户服务', /(回电|回复|答复|回话|回消息|回信)[^。!！?？]{0,6}(没|不|迟迟|一直)|(没|不|迟迟)[^。!！?？]{0,4}(回电|回复|答复|回话|回消息)/),
  // 部门服务: a named department's own service (交房时, 交房后 only date a matter, they are not the sale's).
  cue('department', '会所', /会所|游泳池|泳池|健身房|健身中心|俱乐部/),
  cue('department', '财务', /财务|发票|收据|开票|退款|退费|退钱|押金|保证金|扣款|扣费|多扣|多收|少找|账单|对账/),
  cue('department', '营销', /营销|售楼|销售|置业顾问|交房(?!时|后|以来|的时候|那天|至今|到现在)|交付(?!时|后|以来|使用)|房产证|不动产证|网签|购房|买房时|买房的时候|样板间|认购|定金|首付/),
  // 其他服务: outside parties, convenience and paid services, neighbours.
  cue('other', '客户服务', /(请|希望|要求|麻烦|让|能不能|可否|帮忙)[^。!！?？]{0,4}物业[^。!！?？]{0,6}(出面|协调|帮忙|帮着|联系|反映|沟通|调解|介入|做个见证|评理|说一说|说说)/),
  cue('other', '客户服务', /(燃气|煤气|天然气|电力|供电|自来水|水务|电信|移动|联通|广电|宽带|有线|供暖|热力|快递|物流|外卖|运营商|环卫|城管|交警|派出所|街道|居委会|社区|政府)(公司|局|部门|办|站|方|那边|师傅|小哥|员)/),
  cue('other', '客户服务', /(物业|管理处|你们)[^。!！?？,，]{0,4}(组织|举办|搞|办|安排|推荐|介绍|引进|合作)的|物业推荐|物业介绍的|合作商家/),
  cue('other', '客户服务', /(活动|游园|比赛|联欢|晚会|一日游|旅游|体检|讲座|集市|跳蚤市场|义卖|福利|春联|福字|礼品|慰问)[^。!！?？]{0,12}(没|不|等于|换成|只|就几个|骗|推销)|(组织|举办|搞)[^。!！?？]{0,6}(活动|比赛|游园|体检|讲座|市场|一日游)/),
  cue('other', '客户服务', /代(租|售|订|购|收|办|缴|寄|管)|托管|入户保洁|上门保洁|开荒保洁|家政|钟点工|自助(洗衣|售|充电|洗车)|洗衣机|团购/),
  cue('other', '客户服务', /代收|代办|代购|代缴|代寄|代管|有偿服务|便民|家政|保姆|月嫂|搬家公司|送水|洗衣|干洗|家电维修|维修家电|房屋中介|租售|增值服务|团购/),
  cue('other', '客户服务', /(邻居|邻里|楼上|楼下|隔壁|对门)[^。!！?？]{0,20}(纠纷|矛盾|协商|调解|赔偿|赔|吵架|不讲理|说了不听|说不通|不理睬)/),
];

/** The categories the text's cues point to, each with its department: one vote per category however many match. */
export function cuesOf(text: string): { category: ComplaintCategory; department: string }[] {
  const found = new Map<ComplaintCategory, string>();
  for (const item of categoryCues) if (!found.has(item.category) && item.pattern.test(text)) found.set(item.category, item.department);
  return [...found].map(([category, department]) => ({ category, department }));
}

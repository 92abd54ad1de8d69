import type { Kysely } from 'kysely';

/**
 * 客户投诉巡查记录表 (inspections of a complaint) and the 话术 panel, seeded with the phrases of seed 001
 * (第六条 电话礼仪规范, 电话回访语言规范) and seed 000 篇6, reworded for a property office's front desk.
 * Frozen: never edit after it has shipped; add the next numbered migration instead.
 */
export async function up(db: Kysely<any>): Promise<void> {
  await db.schema
    .createTable('inspections')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('number', 'text', (c) => c.notNull().unique())
    .addColumn('complaint_id', 'integer', (c) => c.notNull().references('complaints.id'))
    .addColumn('inspected_at', 'text', (c) => c.notNull())
    .addColumn('place', 'text', (c) => c.notNull())
    .addColumn('inspector_staff_id', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('findings', 'text', (c) => c.notNull())
    .addColumn('follow_up', 'text')
    .addColumn('outcome', 'text', (c) => c.notNull())
    .addColumn('revision', 'integer', (c) => c.notNull().defaultTo(0))
    .addColumn('created_by', 'integer', (c) => c.notNull().references('staff.id'))
    .addColumn('created_at', 'text', (c) => c.notNull())
    .addColumn('updated_at', 'text', (c) => c.notNull())
    .execute();
  await db.schema.createIndex('inspections_complaint').on('inspections').columns(['complaint_id', 'inspected_at']).execute();
  await db.schema.createIndex('inspections_inspected_at').on('inspections').column('inspected_at').execute();

  await db.schema
    .createTable('service_scripts')
    .addColumn('id', 'integer', (c) => c.primaryKey().autoIncrement())
    .addColumn('situation', 'text', (c) => c.notNull())
    .addColumn('title', 'text', (c) => c.notNull())
    .addColumn('text', 'text', (c) => c.notNull())
    .addColumn('sort_order', 'integer', (c) => c.notNull())
    .addColumn('active', 'integer', (c) => c.notNull().defaultTo(1))
    .execute();
  await db.schema.createIndex('service_scripts_order').on('service_scripts').columns(['situation', 'sort_order']).execute();

  const rows = seedScripts.flatMap(([situation, phrases]) =>
    phrases.map(([title, text], index) => ({ situation, title, text, sort_order: index + 1, active: 1 })),
  );
  await db.insertInto('service_scripts').values(rows).execute();
}

/** [situation, [title, text][]]; {管理处} is replaced with the office's name when a phrase is copied. */
const seedScripts: [string, [string, string][]][] = [
  [
    'greeting',
    [
      ['接听第一句', '您好,{管理处}客服中心,请问有什么可以帮您?'],
      ['请对方稍等', '请您稍等,我马上为您查询。'],
    ],
  ],
  [
    'apology',
    [
      ['先安抚致歉', '非常抱歉,之前的服务没有很好地帮助到您,您先不要着急,目前最重要的还是先解决您的问题,对吗?关于您刚才说的问题……'],
      ['投诉已记录', '您好,您的投诉我已经记录在案,并已转交处理人员,我们会尽快给您回复,请您保持电话畅通。再次向您表示歉意!'],
    ],
  ],
  [
    'angry',
    [
      ['平复情绪', '我非常理解您的心情,希望我们心平气和地交谈,将问题尽快解决。'],
      ['转到具体问题', '为了尽快帮您解决,能跟我说一下具体是哪里出了问题、从什么时候开始的吗?'],
      ['提醒注意言辞', '您好,请您注意您的语气言辞,我们是真心想帮您把问题解决好。'],
    ],
  ],
  [
    'dialect',
    [
      ['请讲普通话或慢一点', '不好意思,我没有听清楚,麻烦您讲普通话,或者讲慢一点,好吗?'],
      ['留电话请同事回电', '请您留下电话号码,稍后请能听懂您家乡话的同事给您回电话,您看行吗?'],
    ],
  ],
  [
    'unanswerable',
    [
      ['查清后回电', '对不起,您提的问题我马上给您查一下,请您留下电话号码,我查清楚后马上给您复电话,您看行吗?'],
      ['不盲目承诺', '这个问题需要相关部门确认后才能答复您,确认后我第一时间给您回电话。'],
    ],
  ],
  [
    'transfer',
    [['请主管接手', '很抱歉,我的服务未能让您满意。您看我是否可以请我们的主管继续为您处理?']],
  ],
  [
    'revisit',
    [
      ['回访开场', '您好!我是{管理处}客服中心回访员,我姓*,想了解一下我们上次为您处理的问题现在情况怎么样?'],
      ['使用情况', '现在使用情况是否正常?'],
      ['对维修人员满意吗', '您对我们维修服务人员的服务满意吗?'],
      ['意见和建议', '还有没有不清楚的地方?您对我们的服务有什么意见和建议?'],
      ['仍有问题', '对不起!给您添麻烦了,请不要着急,我马上为您联系,尽快为您解决。'],
      ['回访结束', '感谢您对我们的工作提出宝贵意见。谢谢!再见。'],
    ],
  ],
  [
    'closing',
    [
      ['结束语', '谢谢您的来电,再见!'],
      ['还有别的需要吗', '请问还有其他可以帮您的吗?'],
    ],
  ],
];

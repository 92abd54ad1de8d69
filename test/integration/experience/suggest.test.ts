import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { complaintIntake, openTestOffice, type TestOffice } from '../../helpers/testApp';
import { complaintAt } from '../../helpers/lifecycle';

/** 经验库 through the contract: key words, the best matches, the suggestion, and the base a supervisor keeps. */
describe('experience.suggest and experience.save', () => {
  let office: TestOffice;
  let departments: { id: number; name: string }[];
  const department = (prefix: string) => departments.find((item) => item.name.startsWith(prefix))!.id;

  beforeAll(async () => {
    office = await openTestOffice(); // clock: 2026-11-23T10:00:00
    departments = await office.app.call('departments.list', {});
  });
  afterAll(async () => {
    await office.close();
  });

  const leak = '业主来电:3-1-1903 卫生间天花板漏水,墙面渗水,楼上装修后开始的,要求尽快维修。';

  it('answers the key words most important first, without room numbers, before any case is on file', async () => {
    const answer = await office.asClerk.call('experience.suggest', { text: leak });
    expect(answer.keywords.slice(0, 3)).toEqual(expect.arrayContaining(['漏水', '渗水']));
    expect(answer.keywords.join(' ')).not.toMatch(/\d/);
    expect(answer.keywords).not.toContain('业主');
    expect(answer.matches).toEqual([]);
    // The property dictionary alone points a new office to 维修服务 and 工程部.
    expect(answer.suggestion).toMatchObject({ category: 'maintenance', departmentId: department('工程部'), severity: 'general' });
  });

  it('saves a standard procedure for a supervisor only, audited, and offers it first for a leak', async () => {
    const refused = await office.asClerk.invoke('experience.save', { title: '漏水处理', text: '先止水再查源头' });
    expect(refused).toMatchObject({ ok: false, error: { code: 'forbidden' } });

    const procedure = await office.asSupervisor.call('experience.save', {
      title: '漏水、渗水处理',
      text: '天花板滴水、墙面渗水、水管漏水、楼上渗漏到楼下,先止水再查源头。',
      category: 'maintenance',
      departmentId: department('工程部'),
      severity: 'general',
      steps: ['关闭相关阀门', '工程部 30 分钟内到场', '闭水试验确认'],
    });
    expect(procedure).toMatchObject({ ref: expect.stringMatching(/^JY-\d{4}$/), kind: 'procedure', departmentName: '工程部(运行维护部)' });
    await office.asSupervisor.call('experience.save', {
      title: '噪音扰民',
      text: '邻居噪音、装修噪音、广场舞、夜间喧哗等扰民问题。',
      category: 'order',
      departmentId: department('秩序'),
    });

    const answer = await office.asClerk.call('experience.suggest', { text: leak });
    expect(answer.matches[0]).toMatchObject({ kind: 'procedure', ref: procedure.ref, title: '漏水、渗水处理', steps: ['关闭相关阀门', '工程部 30 分钟内到场', '闭水试验确认'] });
    expect(answer.matches[0]!.sharedWords).toEqual(expect.arrayContaining(['漏水', '渗水']));
    expect(answer.matches.map((match) => match.title)).not.toContain('噪音扰民');

    const history = await office.app.ctx.db.selectFrom('record_history').select('summary').where('entity', '=', 'settings').orderBy('id').execute();
    expect(history.map((row) => row.summary)).toEqual([
      '经验库:标准处理流程「漏水、渗水处理」(维修服务) 新增:天花板滴水、墙面渗水、水管漏水、楼上渗漏到楼下,先止水再查源头。',
      '经验库:标准处理流程「噪音扰民」(秩序维护) 新增:邻居噪音、装修噪音、广场舞、夜间喧哗等扰民问题。',
    ]);
  });

  it('ranks a closed, satisfied leak case with how it was handled, and votes category and department', async () => {
    const closed = await complaintAt(office, 'resolved'); // a leak, handled by 工程部, the owner satisfied
    const noise = await office.asClerk.call(
      'complaints.create',
      complaintIntake(office, { content: '楼下广场舞噪音太大,晚上十点还在跳,严重扰民。', demand: '请秩序维护部劝导', category: 'order', targetDepartmentId: department('秩序') }),
    );
    const answer = await office.asClerk.call('experience.suggest', { text: leak });
    const cases = answer.matches.filter((match) => match.kind === 'case');
    expect(cases[0]).toMatchObject({
      ref: closed.number,
      category: 'maintenance',
      departmentId: department('工程部'),
      outcome: { status: 'resolved', handlingResult: '已重做防水,闭水试验合格。', correctiveAction: '重做防水层', satisfaction: 'satisfied', hoursTaken: expect.any(Number) },
    });
    expect(cases[0]!.sharedWords).toEqual(expect.arrayContaining(['漏水', '渗水']));
    expect(cases.map((match) => match.ref)).not.toContain(noise.number);
    // Best first, across cases and procedures.
    const scores = answer.matches.map((match) => match.score);
    expect(scores).toEqual([...scores].sort((a, b) => b - a));
    expect(answer.suggestion).toMatchObject({ category: 'maintenance', departmentId: department('工程部') });

    const noisy = await office.asClerk.call('experience.suggest', { text: '隔壁装修电钻噪音,中午也不停,太扰民了' });
    expect(noisy.suggestion).toMatchObject({ category: 'order', departmentId: department('秩序') });
    expect(noisy.matches[0]).toMatchObject({ title: '噪音扰民' });
  });

  it('turns a closed case into a 经验总结 that then leads its case, and refuses an open one', async () => {
    const open = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '地下车库有积水' }));
    expect(await office.asSupervisor.invoke('experience.saveLesson', { complaintId: open.id, title: '积水', text: '先排水' })).toMatchObject({
      ok: false,
      error: { code: 'rule' },
    });
    const closed = await complaintAt(office, 'archived');
    const lesson = await office.asSupervisor.call('experience.saveLesson', { complaintId: closed.id, title: '卫生间漏水先查楼上防水', text: '楼上防水层老化最常见,先做闭水试验。', steps: ['闭水试验'] });
    expect(lesson).toMatchObject({ kind: 'lesson', complaintNumber: closed.number, category: 'maintenance', departmentId: department('工程部') });
    const answer = await office.asClerk.call('experience.suggest', { text: '卫生间漏水,怀疑楼上防水坏了' });
    const first = answer.matches.find((match) => match.kind === 'case')!;
    expect(first).toMatchObject({ ref: closed.number, title: '卫生间漏水先查楼上防水', outcome: { lesson: '楼上防水层老化最常见,先做闭水试验。', status: 'archived' } });
    // Never its own match on the record page.
    const own = await office.asClerk.call('experience.suggest', { text: '卫生间漏水,怀疑楼上防水坏了', complaintId: closed.id });
    expect(own.matches.map((match) => match.ref)).not.toContain(closed.number);
  });

  it('warns of the same room’s open complaints of the last 30 days', async () => {
    const open = await office.asClerk.call('complaints.create', complaintIntake(office, { content: '卫生间顶上漏水,刚修过又滴水' }));
    const answer = await office.asClerk.call('experience.suggest', { text: '卫生间又漏水了', roomId: office.room.id });
    const warned = answer.repeats!.complaints;
    expect(warned.find((item) => item.id === open.id)?.sharedWords).toEqual(expect.arrayContaining(['卫生间', '漏水']));
    // Only open ones: the leak cases already closed are not repeats to warn of.
    const statuses = await office.app.ctx.db.selectFrom('complaints').select(['id', 'status']).execute();
    const closed = statuses.filter((row) => ['resolved', 'archived'].includes(row.status)).map((row) => row.id);
    expect(warned.map((item) => item.id).filter((id) => closed.includes(id))).toEqual([]);
    expect(answer.repeats!.sameCategory).toBeGreaterThan(0);
    const elsewhere = await office.asClerk.call('experience.suggest', { text: '卫生间又漏水了', phone: '13700000000' });
    expect(elsewhere.repeats).toBeNull();
  });

  it('lets the office extend the dictionary, so its own word is kept whole and becomes a key word', async () => {
    const before = await office.asClerk.call('experience.keywords', { texts: ['东门电动车棚的棚顶被风吹坏了'] });
    expect(before[0]).not.toContain('电动车棚');
    await office.asSupervisor.call('experience.saveWords', { words: ['电动车棚'] });
    expect(await office.asClerk.call('experience.words', {})).toEqual(['电动车棚']);
    const after = await office.asClerk.call('experience.keywords', { texts: ['东门电动车棚的棚顶被风吹坏了'] });
    expect(after[0]![0]).toBe('电动车棚');
  });

  it('shows a procedure’s linked 话术 in full with the match', async () => {
    const script = await office.asSupervisor.call('scripts.save', { situation: 'greeting', title: '漏水安抚', text: '您好,我们马上安排工程部上门,请先关闭总阀。' });
    await office.asSupervisor.call('experience.save', { title: '水管爆裂', text: '水管爆裂、大量漏水,先关总阀。', category: 'maintenance', scriptIds: [script.id] });
    const answer = await office.asClerk.call('experience.suggest', { text: '厨房水管爆裂了' });
    expect(answer.matches.find((match) => match.title === '水管爆裂')?.scripts).toEqual([{ id: script.id, title: '漏水安抚', text: '您好,我们马上安排工程部上门,请先关闭总阀。' }]);
  });
});

import { describe, expect, it } from 'vitest';
import { addTexts, buildCharacterModel, characterPairs, classShares, type TrainingText } from '../../../electron/app/experience/characterModel';

const texts: TrainingText[] = [
  { text: '门锁', category: 'maintenance', departmentId: 1, weight: 1 },
  { text: '锁坏了', category: 'maintenance', departmentId: 1, weight: 1 },
  { text: '垃圾桶满了没人收', category: 'cleaning', departmentId: 2, weight: 1 },
  { text: '楼上噪音扰民', category: 'order', departmentId: 3, weight: 1 },
  { text: '会所泳池', category: 'department', departmentId: 4, weight: 1 },
  { text: '退款不到账', category: 'department', departmentId: 5, weight: 1 },
];

describe('the character model', () => {
  it('cuts each run of Chinese characters into its pairs, a lone character kept, numbers and punctuation left out', () => {
    expect(characterPairs('3栋电磁锁坏了,锁!')).toEqual(['栋电', '电磁', '磁锁', '锁坏', '坏了', '锁']);
  });

  it('places a word no text holds whole by the pairs it shares (电磁锁坏 → 锁坏, a repair)', () => {
    const shares = classShares(buildCharacterModel(texts), '单元的电磁锁坏');
    expect(shares[0]).toMatchObject({ category: 'maintenance', departmentId: 1 });
    expect(shares.reduce((sum, share) => sum + share.share, 0)).toBeCloseTo(1, 6);
  });

  it('keeps departments apart within one category (部门服务: 会所 or 财务)', () => {
    const model = buildCharacterModel(texts);
    expect(classShares(model, '泳池的水太脏')[0]).toMatchObject({ category: 'department', departmentId: 4 });
    expect(classShares(model, '押金退款还没到')[0]).toMatchObject({ category: 'department', departmentId: 5 });
  });

  it('says nothing for a text that shares no pair, and leaves a case out as if never filed', () => {
    const model = buildCharacterModel([...texts, { text: '银杏果臭', category: 'greening', departmentId: 6, weight: 1, caseId: 7 }]);
    expect(classShares(model, 'hello 123')).toEqual([]);
    expect(classShares(model, '银杏果')[0]).toMatchObject({ category: 'greening' });
    expect(classShares(model, '银杏果', 7)).toEqual([]);
  });

  it('learns a case filed later in place, and refuses one of a class it has not got (then it is built again)', () => {
    const model = buildCharacterModel(texts);
    expect(classShares(model, '桑拿房')).toEqual([]);
    expect(addTexts(model, [{ text: '会所桑拿房太冷', category: 'department', departmentId: 4, weight: 1, caseId: 9 }])).toBe(true);
    expect(classShares(model, '桑拿房')[0]).toMatchObject({ category: 'department', departmentId: 4 });
    const pairs = model.counts.size;
    expect(addTexts(model, [{ text: '快递柜', category: 'other', departmentId: 2, weight: 1 }])).toBe(false);
    expect(model.counts.size).toBe(pairs);
  });
});

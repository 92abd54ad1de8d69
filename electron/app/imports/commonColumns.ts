import { column } from './importKind';
import { phone, roomText, text } from './cellReaders';

/** Columns every ledger's file may have, named and explained the same way in every template. */

export const originalNumberColumn = (...synonyms: string[]) =>
  column('原编号', text(40), {
    synonyms: ['编号', '记录编号', '登记编号', '单号', ...synonyms],
    hint: '旧台账上的编号,导入后保留为“原编号”;已导入过的编号不会再导入',
  });

export const roomColumn = (...synonyms: string[]) =>
  column('房号', roomText, {
    synonyms: ['房屋', '房号/单元', '单元/编号', '楼栋房号', '房间号', '户号', '门牌号', ...synonyms],
    hint: '如 3-1-1502 或 3栋1单元1502室,须是已登记的房屋;未登记的房号不会对应到相近的房号',
  });

export const phoneColumn = (label: string, ...synonyms: string[]) =>
  column(label, phone, {
    synonyms: ['联系电话', '电话', '手机', '手机号', '手机号码', '联系方式', '电话号码', ...synonyms].filter((name) => name !== label),
    hint: '一格一个号码:手机 11 位,座机如 0755-12345678;空格、横线、+86 都可以',
  });

export const staffColumn = (label: string, synonyms: string[], whenEmpty?: string) =>
  column(label, text(20), { synonyms, ...(whenEmpty ? { whenEmpty } : {}), hint: '须是本处登记的员工姓名(已离职的登记后可设为停用)' });

export const momentHint = '如 2026/3/5 14:30、2026-3-5、2026.3.5 或 2026年3月5日;只有日期时按当天 0 点';

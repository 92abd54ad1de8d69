import { read, write } from '../../contract/channel';
import type { PrintedForm } from '../records';
import { type PaperBlank, paperBlankListInput, paperFindInput, paperReserveInput, paperVoidInput } from './paperForms';

/** 空白纸质表单: numbers reserved for the day the PC is down, printed in advance, later used or voided. */
export const paperFormContract = {
  'paperForms.reserve': write<PrintedForm>()(paperReserveInput, '预留编号并打印空白表单', { access: 'supervisor' }),
  'paperForms.list': read<PaperBlank[]>()(paperBlankListInput, '空白表单编号'),
  'paperForms.find': read<PaperBlank>()(paperFindInput, '查找纸质表单编号'),
  'paperForms.void': write<PaperBlank>()(paperVoidInput, '作废未使用的空白表单编号', { access: 'supervisor' }),
};

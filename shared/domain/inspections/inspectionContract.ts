import { job, read, write } from '../../contract/channel';
import { byId } from '../fieldSchemas';
import type { PrintedForm, Page } from '../records';
import type { ExportedFile } from '../statistics/statistics';
import { type InspectionRecord, inspectionInput, inspectionEditInput, type InspectionListItem, inspectionListInput, type InspectionDetail, inspectionExportInput } from './inspection';

/** Inspections (XC-…) made for a complaint. */
export const inspectionContract = {
  'inspections.create': write<InspectionRecord>()(inspectionInput, '登记投诉巡查记录'),
  'inspections.edit': write<InspectionRecord>()(inspectionEditInput, '更正巡查记录'),
  'inspections.list': read<Page<InspectionListItem>>()(inspectionListInput, '巡查记录列表'),
  'inspections.get': read<InspectionDetail>()(byId, '巡查记录详情'),
  'inspections.print': read<PrintedForm>()(byId, '打印客户投诉巡查记录表'),
  'inspections.export': job<ExportedFile>()(inspectionExportInput, '巡查记录导出 Excel'),
};

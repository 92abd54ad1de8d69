import { Tag, type TableColumnsType } from 'antd';
import { Link } from 'react-router-dom';
import { inspectionOutcomes, isOpenInspection, type InspectionListItem, type InspectionOutcome } from '../../../../shared/domain/inspections/inspection';
import { formatLocalDateTime } from '../../forms/localTime';

const outcomeColors: Record<InspectionOutcome, string> = { resolved: 'green', followUp: 'orange', notConfirmed: 'default' };

export function OutcomeTag({ outcome }: { outcome: InspectionOutcome }) {
  return <Tag color={outcomeColors[outcome]}>{inspectionOutcomes[outcome]}</Tag>;
}

/** The ledger's columns; on a complaint's page the complaint's own columns are left out. */
export function inspectionColumns(withComplaint: boolean): TableColumnsType<InspectionListItem> {
  return [
    {
      title: '编号',
      dataIndex: 'number',
      width: 130,
      render: (number: string, row) => (
        <Link to={`/inspections/${row.id}`} onClick={(event) => event.stopPropagation()}>
          {number}
        </Link>
      ),
    },
    { title: '巡查时间', dataIndex: 'inspectedAt', width: 130, render: formatLocalDateTime },
    ...(withComplaint
      ? [
          {
            title: '投诉编号',
            dataIndex: 'complaintNumber',
            width: 130,
            render: (number: string, row: InspectionListItem) => (
              <Link to={`/complaints/${row.complaintId}`} onClick={(event) => event.stopPropagation()}>
                {number}
              </Link>
            ),
          },
          { title: '客户姓名', dataIndex: 'customerName', width: 80 },
          { title: '房号', dataIndex: 'roomLabel', width: 90 },
        ]
      : []),
    { title: '巡查地点', dataIndex: 'place', width: 140, ellipsis: true },
    { title: '巡查人员', dataIndex: 'inspectorName', width: 80 },
    { title: '巡查情况', dataIndex: 'findings', ellipsis: true },
    {
      title: '巡查结果',
      dataIndex: 'outcome',
      width: 110,
      render: (outcome: InspectionOutcome) => <OutcomeTag outcome={outcome} />,
    },
  ];
}

export const inspectionRowClass = (row: InspectionListItem) => (isOpenInspection(row.outcome) ? 'tz-open-row tz-clickable-row' : 'tz-clickable-row');

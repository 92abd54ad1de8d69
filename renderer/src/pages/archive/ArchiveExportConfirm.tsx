import { Alert, Modal, Typography } from 'antd';
import type { ArchivePlan } from '../../../../shared/domain/archive/archivePlan';
import { formatLocalDateTime } from '../../forms/localTime';
import { OpenItemsList } from '../../components/OpenItemsList';

function baseName(file: string): string {
  return file.split(/[\\/]/).at(-1) ?? file;
}

/**
 * Asked once before an archive is written: what goes in, the records still open, and an archive of the same
 * period already made (in the folder it is kept and the new one gets another name).
 */
export function ArchiveExportConfirm({ plan, fullData, onOk, onCancel }: { plan: ArchivePlan | null; fullData: boolean; onOk: () => void; onCancel: () => void }) {
  return (
    <Modal
      title={plan ? `导出 ${plan.period.label} 的归档？` : '导出归档'}
      open={plan !== null}
      okText="确认导出"
      cancelText="取消"
      onOk={onOk}
      onCancel={onCancel}
      destroyOnHidden
    >
      {plan && (
        <div data-testid="archive-export-confirm">
          <Typography.Paragraph>
            将导出 {plan.period.label} 的 {plan.records} 条记录（含打印表、附件和当月统计），保存为
            <Typography.Text code>{plan.nextFile ? baseName(plan.nextFile) : ''}</Typography.Text>。
          </Typography.Paragraph>
          {plan.existingFiles.length > 0 && (
            <Alert
              type="warning"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="archive-existing"
              title={`该文件夹中已有本期间的归档：${plan.existingFiles.join('、')}。原文件保留，这次导出另存为 ${plan.nextFile ? baseName(plan.nextFile) : ''}。`}
            />
          )}
          {plan.existingFiles.length === 0 && plan.exportedAt.length > 0 && (
            <Alert
              type="info"
              showIcon
              style={{ marginBottom: 12 }}
              data-testid="archive-exported-before"
              title={`本期间已于 ${formatLocalDateTime(plan.exportedAt[0]!)} 导出过归档${plan.exportedAt.length > 1 ? `（共 ${plan.exportedAt.length} 次）` : ''}。`}
            />
          )}
          {plan.monthClosed === false && <Typography.Paragraph>本月尚未月结，归档中的统计按现在的数据计算。</Typography.Paragraph>}
          <OpenItemsList plan={plan} />
          {fullData && <Typography.Paragraph strong>工作簿将显示完整的身份证号和电话，此次导出记入修改记录。</Typography.Paragraph>}
        </div>
      )}
    </Modal>
  );
}

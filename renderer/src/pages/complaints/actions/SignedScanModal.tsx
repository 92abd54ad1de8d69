import { Alert, Form } from 'antd';
import type { PickedFile } from '../../../forms/fileContent';
import { ScanFileInput, scanProblem } from '../../../components/ScanFileInput';
import { StepModal } from '../../../forms/StepModal';
import { stepLabels, type StepProps } from './stepLabels';

async function checkScan(_rule: unknown, value: PickedFile | undefined) {
  const problem = scanProblem(value);
  if (problem) throw new Error(problem);
}

/** 上传签字扫描件: the signed paper comes back and is linked to the revision that was printed. */
export function SignedScanModal({ detail, open, onClose }: StepProps) {
  const { complaint } = detail;
  return (
    <StepModal<'complaints.attachSignedScan', { upload?: PickedFile }>
      open={open}
      title={`上传签字扫描件 · ${complaint.number}`}
      channel="complaints.attachSignedScan"
      toInput={({ upload }) => ({ id: complaint.id, fileName: upload!.fileName, contentBase64: upload!.contentBase64 })}
      fields={['upload']}
      rename={{ fileName: 'upload', contentBase64: 'upload' }}
      success="签字扫描件已上传"
      okText="上传"
      onClose={onClose}
    >
      {complaint.printedRevision === null ? (
        <Alert type="warning" showIcon title="这份投诉还没有打印过记录表,请先打印、签字,再上传扫描件。" style={{ marginBottom: 12 }} />
      ) : (
        <Alert type="info" showIcon title={`扫描件将作为第 ${complaint.printedRevision} 版记录表的签字件保存。`} style={{ marginBottom: 12 }} />
      )}
      <Form.Item
        name="upload"
        label={stepLabels.upload}
        required
        rules={[{ validator: checkScan }]}
      >
        <ScanFileInput />
      </Form.Item>
    </StepModal>
  );
}

import { InboxOutlined } from '@ant-design/icons';
import { App, Typography, Upload } from 'antd';
import { formatBytes, maxUploadBytes, readFileAsBase64, pickedFileName, type PickedFile } from '../../forms/fileContent';
import { scanAccept, scanProblem } from '../../components/ScanFileInput';

interface Props {
  value?: PickedFile;
  onChange?: (file: PickedFile | undefined) => void;
  hint: string;
  testId: string;
}

/** The form's own check before sending (the main process checks again by the file's first bytes). */
export function pickedFileProblem(file: PickedFile | undefined): string | null {
  return file ? scanProblem(file) : null;
}

/** Pick or drop one scan or photo; it is read here and its bytes travel with the save. */
export function LossFilePicker({ value, onChange, hint, testId }: Props) {
  const { message } = App.useApp();
  const pick = async (file: File) => {
    const contentBase64 = file.size > 0 && file.size <= maxUploadBytes ? await readFileAsBase64(file) : '';
    onChange?.({ fileName: pickedFileName(file), size: file.size, contentBase64 });
  };
  return (
    <div data-testid={testId}>
      <Upload.Dragger
        accept={scanAccept}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          pick(file).catch((error: unknown) => void message.error(error instanceof Error ? error.message : '无法读取该文件'));
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        {value ? (
          <p>
            <Typography.Text strong>{value.fileName}</Typography.Text>
            <Typography.Text type="secondary">({formatBytes(value.size)}),点击可换一个文件</Typography.Text>
          </p>
        ) : (
          <p className="ant-upload-text">{hint}</p>
        )}
        <p className="ant-upload-hint">PDF、JPG 或 PNG,不超过 20 MB</p>
      </Upload.Dragger>
    </div>
  );
}

import { InboxOutlined } from '@ant-design/icons';
import { App, Typography, Upload } from 'antd';
import { formatBytes, maxUploadBytes, readFileAsBase64, pickedFileName, type PickedFile } from '../forms/fileContent';

export const scanAccept = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** What the form checks before sending: the server checks again by the file's first bytes. */
export function scanProblem(file: PickedFile | undefined): string | null {
  if (!file) return '请选择签字扫描件';
  if (!/\.(pdf|jpe?g|png)$/i.test(file.fileName)) return '只能上传 PDF、JPG 或 PNG 文件';
  if (file.size === 0) return '文件是空的';
  if (file.size > maxUploadBytes) return '文件不能超过 20 MB';
  return null;
}

interface Props {
  value?: PickedFile;
  onChange?: (file: PickedFile | undefined) => void;
}

/** Pick (or drop) one scan; it is read in the renderer, so the save sends its bytes with the record's id. */
export function ScanFileInput({ value, onChange }: Props) {
  const { message } = App.useApp();
  const pick = async (file: File) => {
    // A file too big is not read at all: the form says so from its size.
    const contentBase64 = file.size > 0 && file.size <= maxUploadBytes ? await readFileAsBase64(file) : '';
    onChange?.({ fileName: pickedFileName(file), size: file.size, contentBase64 });
  };
  return (
    <div data-testid="scan-file-input">
      <Upload.Dragger
        accept={scanAccept}
        multiple={false}
        showUploadList={false}
        beforeUpload={(file) => {
          pick(file).catch((error: unknown) => void message.error(error instanceof Error ? error.message : '无法读取该文件'));
          // Nothing is sent from here: the bytes travel with the step's own save.
          return Upload.LIST_IGNORE;
        }}
      >
        <p className="ant-upload-drag-icon">
          <InboxOutlined />
        </p>
        {value ? (
          <p>
            <Typography.Text strong data-testid="scan-file-name">
              {value.fileName}
            </Typography.Text>
            <Typography.Text type="secondary">({formatBytes(value.size)}),点击可换一个文件</Typography.Text>
          </p>
        ) : (
          <p className="ant-upload-text">点击或拖入签字后的纸质表扫描件</p>
        )}
        <p className="ant-upload-hint">PDF、JPG 或 PNG,不超过 20 MB</p>
      </Upload.Dragger>
    </div>
  );
}

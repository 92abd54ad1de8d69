import { DownloadOutlined } from '@ant-design/icons';
import { Alert, Button, Modal, Space } from 'antd';
import type { PrintedForm } from '../../../shared/domain/records';
import { missingGlyphPlaceholder } from '../../../shared/domain/glyphCoverage';
import { usePdfBlobUrl } from '../hooks/usePdfBlobUrl';

interface Props {
  printed: PrintedForm | null;
  onClose: () => void;
}

/** 打印预览: the generated PDF in a frame, a download link, and what the font could not print. */
export function PrintPreviewModal({ printed, onClose }: Props) {
  const url = usePdfBlobUrl(printed?.pdfBase64);
  const missing = printed?.missingGlyphs ?? [];
  return (
    <Modal
      title="打印预览"
      open={printed !== null}
      onCancel={onClose}
      width={960}
      centered
      destroyOnHidden
      footer={
        <Space>
          {url && printed && (
            <Button type="primary" href={url} download={printed.fileName} icon={<DownloadOutlined />} data-testid="download-pdf">
              下载 PDF
            </Button>
          )}
          <Button onClick={onClose} data-testid="close-preview">
            关闭
          </Button>
        </Space>
      }
    >
      <Space orientation="vertical" style={{ width: '100%' }} size="small">
        {printed?.openedInViewer && <Alert type="info" showIcon title="已用系统 PDF 阅读器打开,可在其中打印或另存" />}
        {missing.length > 0 && (
          <Alert
            type="warning"
            showIcon
            title="打印字体中缺少以下字符,表格中已用编码占位,请在纸面上手写补正:"
            description={missing.map((char) => `「${char}」→ ${missingGlyphPlaceholder(char)}`).join(' ')}
          />
        )}
        {url && <iframe title="打印预览" src={url} style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }} />}
      </Space>
    </Modal>
  );
}

import { DownloadOutlined } from '@ant-design/icons';
import { Button, Modal, Skeleton, Space } from 'antd';
import type { AttachmentLink } from '../../../shared/domain/complaints/complaintParts';
import { useChannelQuery } from '../api/queries';
import { QueryErrorAlert } from './QueryErrorAlert';
import { useBlobUrl } from '../hooks/useBlobUrl';

/** A stored attachment: a PDF in a frame or an image, with a download link; fetched only when opened. */
export function AttachmentPreviewModal({ attachment, onClose }: { attachment: Pick<AttachmentLink, 'id' | 'fileName'> | null; onClose: () => void }) {
  const content = useChannelQuery('attachments.get', { id: attachment?.id ?? 0 }, { enabled: attachment !== null, staleTime: 'static' });
  const url = useBlobUrl(attachment ? content.data?.contentBase64 : undefined, content.data?.mime ?? 'application/octet-stream');
  const mime = content.data?.mime ?? '';
  return (
    <Modal
      title={attachment?.fileName}
      open={attachment !== null}
      onCancel={onClose}
      width={960}
      centered
      destroyOnHidden
      footer={
        <Space>
          {url && content.data && (
            <Button type="primary" href={url} download={content.data.fileName} icon={<DownloadOutlined />} data-testid="download-attachment">
              下载
            </Button>
          )}
          <Button onClick={onClose} data-testid="close-attachment">
            关闭
          </Button>
        </Space>
      }
    >
      {content.isError && <QueryErrorAlert error={content.error} onRetry={() => void content.refetch()} />}
      {!url && !content.isError && <Skeleton active />}
      {url && mime === 'application/pdf' && <iframe title={attachment?.fileName} src={url} style={{ width: '100%', height: '70vh', border: '1px solid #f0f0f0' }} />}
      {url && mime.startsWith('image/') && <img alt={attachment?.fileName} src={url} style={{ maxWidth: '100%', maxHeight: '70vh', display: 'block', margin: '0 auto' }} />}
    </Modal>
  );
}

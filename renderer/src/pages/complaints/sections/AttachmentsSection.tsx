import { PaperClipOutlined } from '@ant-design/icons';
import { Button, Card, Flex, Typography } from 'antd';
import { useState } from 'react';
import type { AttachmentLink } from '../../../../../shared/domain/complaints/complaintParts';
import { formatBytes } from '../../../forms/fileContent';
import { formatLocalDateTime } from '../../../forms/localTime';
import { AttachmentPreviewModal } from '../../../components/AttachmentPreviewModal';

/** 附件: the signed paper scanned back, each naming the revision it was signed on. */
export function AttachmentsSection({ attachments }: { attachments: AttachmentLink[] }) {
  const [viewing, setViewing] = useState<AttachmentLink | null>(null);
  if (attachments.length === 0) return null;
  return (
    <Card size="small" title="附件">
      <Flex vertical gap={8} data-testid="complaint-attachments">
        {attachments.map((attachment) => (
          <Flex key={attachment.id} align="center" gap={8} wrap>
            <PaperClipOutlined />
            <span>{attachment.fileName}</span>
            <Typography.Text type="secondary">
              签字件{attachment.revision !== null ? `(第 ${attachment.revision} 版)` : ''} · {formatBytes(attachment.size)} · {attachment.createdByName}{' '}
              {formatLocalDateTime(attachment.createdAt)}
            </Typography.Text>
            <Button size="small" onClick={() => setViewing(attachment)}>
              查看/下载
            </Button>
          </Flex>
        ))}
      </Flex>
      <AttachmentPreviewModal attachment={viewing} onClose={() => setViewing(null)} />
    </Card>
  );
}

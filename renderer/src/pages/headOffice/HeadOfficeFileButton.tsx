import { useState } from 'react';
import { Alert, Button, Modal, Space, Spin } from 'antd';
import { useChannelQuery } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { useBlobUrl } from '../../hooks/useBlobUrl';
import type { HeadOfficeFile } from '../../../../shared/domain/headOffice/headOffice';

/** 查看 a stored print or attachment: PDFs and images in a preview, with a download link for any file. */
export function HeadOfficeFileButton({ file, label }: { file: HeadOfficeFile; label: string }) {
  const [open, setOpen] = useState(false);
  const content = useChannelQuery('headOffice.file', { sha256: file.sha256 }, { enabled: open, staleTime: 'static' });
  const url = useBlobUrl(content.data?.contentBase64, content.data?.mime ?? file.mime);
  return (
    <>
      <Button size="small" onClick={() => setOpen(true)} data-testid="head-office-file-open">
        {label}
      </Button>
      <Modal open={open} onCancel={() => setOpen(false)} footer={null} width={900} title={content.data?.fileName ?? file.name} destroyOnHidden>
        {content.error && <Alert type="error" showIcon title={errorMessage(content.error)} />}
        {!url && !content.error && <Spin />}
        {url && (
          <Space orientation="vertical" style={{ width: '100%' }}>
            <a href={url} download={content.data!.fileName} data-testid="head-office-file-download">
              下载 {content.data!.fileName}
            </a>
            {content.data!.mime === 'application/pdf' && <iframe title="打印件预览" src={url} style={{ width: '100%', height: 600, border: 0 }} data-testid="head-office-pdf" />}
            {content.data!.mime.startsWith('image/') && <img alt={content.data!.fileName} src={url} style={{ maxWidth: '100%' }} />}
          </Space>
        )}
      </Modal>
    </>
  );
}

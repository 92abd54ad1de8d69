import { useState } from 'react';
import { Alert, Button, Card, Input, List, Space, Typography } from 'antd';
import { useQueryClient } from '@tanstack/react-query';
import { useChannelMutation } from '../../api/queries';
import { errorMessage } from '../../api/client';

/** 导入归档: the archive files the offices sent (one path a line); each is checked whole and refused whole. */
export function HeadOfficeImportPage() {
  const [files, setFiles] = useState('');
  const queryClient = useQueryClient();
  const importing = useChannelMutation('headOffice.import');
  const paths = files.split('\n').map((line) => line.trim()).filter((line) => line.length > 0);
  const start = () =>
    importing.mutate({ files: paths }, { onSuccess: () => void queryClient.invalidateQueries({ predicate: (query) => String(query.queryKey[0]).startsWith('headOffice.') }) });

  return (
    <Card size="small" title="导入各管理处的归档" data-testid="head-office-import">
      <Space orientation="vertical" style={{ width: '100%' }}>
        <Typography.Text type="secondary">每行一个归档文件的位置(如 U 盘上的 taizhang-JX01-2026-11.zip)。同一份归档导入两次不会重复;被改动或无法核对的归档整份拒绝。</Typography.Text>
        <Input.TextArea rows={4} value={files} onChange={(event) => setFiles(event.target.value)} data-testid="head-office-import-files" />
        <Button type="primary" disabled={paths.length === 0} loading={importing.isPending} onClick={start} data-testid="head-office-import-start">
          导入
        </Button>
        {importing.error && <Alert type="error" showIcon title={errorMessage(importing.error)} />}
        {importing.data && (
          <List
            size="small"
            dataSource={importing.data}
            renderItem={(result) => (
              <List.Item>
                {result.alreadyImported
                  ? `${result.officeName}(${result.officeCode})${result.period}:此归档已导入过,未做改动`
                  : `${result.officeName}(${result.officeCode})${result.period}:新增 ${result.added},更新 ${result.replaced},未变 ${result.unchanged},较旧 ${result.older}`}
              </List.Item>
            )}
          />
        )}
      </Space>
    </Card>
  );
}

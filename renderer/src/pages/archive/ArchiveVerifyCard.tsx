import { useState } from 'react';
import { Alert, Button, Card, Input, Space } from 'antd';
import { useChannelMutation } from '../../api/queries';
import { errorMessage } from '../../api/client';
import { archivedLedgerLabels, archiveProblemLabels } from '../../../../shared/domain/archive/archive';

/** 核对归档: every file against the manifest's hashes; each problem on its own line. */
export function ArchiveVerifyCard() {
  const [file, setFile] = useState('');
  const verify = useChannelMutation('archive.verify');
  const result = verify.data;
  return (
    <Card size="small" title="核对归档文件" data-testid="archive-verify">
      <Space.Compact style={{ width: '100%' }}>
        <Input value={file} onChange={(event) => setFile(event.target.value)} placeholder="归档文件(.zip)的完整路径" onPressEnter={() => file.trim() && verify.mutate({ file })} data-testid="archive-verify-file" />
        <Button type="primary" loading={verify.isPending} disabled={!file.trim()} onClick={() => verify.mutate({ file })} data-testid="archive-verify-start">
          核对
        </Button>
      </Space.Compact>
      {verify.isError && <Alert type="error" showIcon title={errorMessage(verify.error)} style={{ marginTop: 8 }} />}
      {result?.ok && result.summary && (
        <Alert
          type="success"
          showIcon
          style={{ marginTop: 8 }}
          title={`归档完整：${result.summary.officeName}(${result.summary.officeCode})${result.summary.period.label}，核对了 ${result.filesChecked} 个文件`}
          description={Object.entries(result.summary.counts).map(([ledger, count]) => `${archivedLedgerLabels[ledger] ?? '其他台账'}：${count} 条`).join('；')}
        />
      )}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={`归档有 ${result.problems.length} 处问题，不能使用`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }} data-testid="archive-verify-problems">
              {result.problems.map((problem, index) => (
                <li key={index}>
                  【{archiveProblemLabels[problem.kind]}】{problem.message}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </Card>
  );
}

import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Button } from 'antd';
import { useChannelMutation } from '../../api/queries';
import { errorMessage } from '../../api/client';

/** 数据校验: walks the sealed history chain; a break means a row was edited, deleted or reordered outside the app. */
export function AuditCheck() {
  const verify = useChannelMutation('audit.verify');
  const result = verify.data;

  return (
    <div data-testid="audit-check">
      <Button icon={<SafetyCertificateOutlined />} loading={verify.isPending} onClick={() => verify.mutate({})}>
        数据校验
      </Button>
      {verify.isError && <Alert type="error" showIcon title={errorMessage(verify.error)} style={{ marginTop: 8 }} />}
      {result?.ok && <Alert type="success" showIcon title={`修改记录完整:检查了 ${result.checked} 条,未发现篡改。`} style={{ marginTop: 8 }} />}
      {result && !result.ok && (
        <Alert
          type="error"
          showIcon
          style={{ marginTop: 8 }}
          title={`修改记录不完整:检查了 ${result.checked} 条,发现 ${result.breaks.length} 处异常。请保留数据文件夹并联系技术支持。`}
          description={
            <ul style={{ margin: 0, paddingInlineStart: 20 }}>
              {result.breaks.map((problem) => (
                <li key={problem.id}>
                  修改记录 #{problem.id}:{problem.problem}
                </li>
              ))}
            </ul>
          }
        />
      )}
    </div>
  );
}

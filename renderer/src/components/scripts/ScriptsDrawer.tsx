import { PlusOutlined } from '@ant-design/icons';
import { Button, Drawer, Empty, Space, Switch, Typography } from 'antd';
import { useState } from 'react';
import { scriptSituationKeys, scriptSituations, type ScriptSituation } from '../../../../shared/domain/scripts/serviceScripts';
import { useChannelQuery } from '../../api/queries';
import { useCurrentStaff } from '../../auth/currentStaff';
import { QueryErrorAlert } from '../QueryErrorAlert';
import { ScriptEditModal, type ScriptEditing } from './ScriptEditModal';
import { ScriptItem } from './ScriptItem';

/**
 * 话术: the standard phrases by situation, on a drawer over whatever page is open (the phone is ringing).
 * Supervisors switch to 管理 to add, edit, reorder or disable them.
 */
export function ScriptsDrawer({ open, onClose }: { open: boolean; onClose: () => void }) {
  const staff = useCurrentStaff();
  const canManage = staff.allows('supervisor');
  const [managing, setManaging] = useState(false);
  const [editing, setEditing] = useState<ScriptEditing>(null);
  const scripts = useChannelQuery('scripts.list', { includeInactive: canManage && managing }, { enabled: open });
  const bySituation = (situation: ScriptSituation) => (scripts.data ?? []).filter((script) => script.situation === situation);
  return (
    <Drawer
      title="话术(F2)"
      open={open}
      onClose={onClose}
      size={460}
      mask={false}
      extra={
        canManage && (
          <Space>
            <Typography.Text type="secondary">管理</Typography.Text>
            <Switch size="small" checked={managing} onChange={setManaging} aria-label="管理话术" />
          </Space>
        )
      }
      data-testid="scripts-drawer"
    >
      {scripts.isError && <QueryErrorAlert error={scripts.error} onRetry={() => void scripts.refetch()} />}
      {scripts.data?.length === 0 && <Empty description="还没有话术" />}
      {scriptSituationKeys.map((situation) => {
        const list = bySituation(situation);
        if (list.length === 0 && !managing) return null;
        return (
          <section key={situation} style={{ marginBottom: 16 }} aria-label={scriptSituations[situation]}>
            <Space style={{ width: '100%', justifyContent: 'space-between' }}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {scriptSituations[situation]}
              </Typography.Title>
              {managing && (
                <Button size="small" type="link" icon={<PlusOutlined />} onClick={() => setEditing({ situation })}>
                  新增
                </Button>
              )}
            </Space>
            {list.map((script) => (
              <ScriptItem key={script.id} script={script} managing={managing} onEdit={() => setEditing({ script })} />
            ))}
          </section>
        );
      })}
      <ScriptEditModal editing={editing} onClose={() => setEditing(null)} />
    </Drawer>
  );
}

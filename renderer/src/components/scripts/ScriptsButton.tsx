import { MessageOutlined } from '@ant-design/icons';
import { Button, Tooltip } from 'antd';
import { useState } from 'react';
import { useHotkey } from '../../hooks/useHotkey';
import { ScriptsDrawer } from './ScriptsDrawer';

/** The header's 话术 button; F2 opens and closes the drawer from any page, even while typing in a form. */
export function ScriptsButton() {
  const [open, setOpen] = useState(false);
  useHotkey((event) => event.key === 'F2' && !event.ctrlKey && !event.altKey, () => setOpen((current) => !current));
  return (
    <>
      <Tooltip title="F2">
        <Button type="text" icon={<MessageOutlined />} onClick={() => setOpen(true)} data-testid="open-scripts">
          话术
        </Button>
      </Tooltip>
      <ScriptsDrawer open={open} onClose={() => setOpen(false)} />
    </>
  );
}

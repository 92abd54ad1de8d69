import { QuestionCircleOutlined } from '@ant-design/icons';
import { Button, Popover, Typography } from 'antd';
import { shortcuts } from '../hooks/useGlobalShortcuts';

function ShortcutList() {
  return (
    <table style={{ borderSpacing: '12px 4px', margin: '-4px -12px' }}>
      <tbody>
        {shortcuts.map((shortcut) => (
          <tr key={shortcut.keys}>
            <td>
              <Typography.Text keyboard>{shortcut.keys}</Typography.Text>
            </td>
            <td>{shortcut.action}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}

export function ShortcutHelp() {
  return (
    <Popover title="快捷键" content={<ShortcutList />} placement="bottomRight" trigger={['hover', 'click']}>
      <Button type="text" icon={<QuestionCircleOutlined />} aria-label="快捷键帮助" data-testid="shortcut-help">
        快捷键
      </Button>
    </Popover>
  );
}

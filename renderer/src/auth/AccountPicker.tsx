import { Button, Select, Typography } from 'antd';
import type { AuthStatus } from '../../../shared/domain/auth/authRecords';

type Account = AuthStatus['accounts'][number];

/** Up to this many people, one big button each; more than that, a list to type into. */
const maxButtons = 16;

interface Props {
  accounts: Account[];
  /** From Form.Item. */
  id?: string;
  value?: number;
  onChange?: (staffId: number) => void;
  /** After a name is chosen, e.g. to move to the password. */
  onPicked?: () => void;
}

function byDepartment(accounts: Account[]): [string, Account[]][] {
  const groups = new Map<string, Account[]>();
  for (const account of accounts) groups.set(account.departmentName, [...(groups.get(account.departmentName) ?? []), account]);
  return [...groups];
}

/** "Who are you": the names of everyone who can sign in, by department (the server's order). */
export function AccountPicker({ accounts, id, value, onChange, onPicked }: Props) {
  const pick = (staffId: number) => {
    onChange?.(staffId);
    onPicked?.();
  };

  if (accounts.length > maxButtons) {
    return (
      <Select
        id={id}
        showSearch={{ optionFilterProp: 'label' }}
        value={value}
        onChange={pick}
        placeholder="输入或选择您的姓名"
        autoFocus={value === undefined}
        options={accounts.map((account) => ({ value: account.staffId, label: account.name }))}
        size="large"
      />
    );
  }

  return (
    <div id={id} role="group" aria-label="选择姓名">
      {byDepartment(accounts).map(([department, members]) => (
        <div key={department} style={{ marginBottom: 8 }}>
          <Typography.Text type="secondary" style={{ fontSize: 12 }}>
            {department}
          </Typography.Text>
          <div style={{ display: 'flex', flexWrap: 'wrap', gap: 8, marginTop: 4 }}>
            {members.map((account) => (
              <Button
                key={account.staffId}
                size="large"
                type={account.staffId === value ? 'primary' : 'default'}
                aria-pressed={account.staffId === value}
                onClick={() => pick(account.staffId)}
                style={{ minWidth: 96 }}
                autoFocus={value === undefined && account === accounts[0]}
              >
                {account.name}
              </Button>
            ))}
          </div>
        </div>
      ))}
    </div>
  );
}

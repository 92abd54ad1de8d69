import { Typography } from 'antd';
import type { FieldChange } from '../../../../shared/domain/records';
import { useDepartments, useStaff } from '../../api/queries';
import { changeLabel, changeValue, hiddenChanges, type HistoryKind } from './changeLabels';
import { ShortValue } from './ShortValue';


/** What one history row changed, compactly: 字段:原值 → 新值, side by side and wrapping. */
export function FieldChanges({ changes, kind }: { changes: FieldChange[]; kind: HistoryKind }) {
  const departments = useDepartments().data ?? [];
  const staff = useStaff().data ?? [];
  const context = { kind, departments, staff };
  const shown = changes.filter((change) => !hiddenChanges.has(change.field));
  if (shown.length === 0) return null;
  return (
    <div style={{ display: 'flex', flexWrap: 'wrap', columnGap: 16, fontSize: 12 }} data-testid="history-changes">
      {shown.map((change) => (
        <span key={change.field} data-field={change.field}>
          <Typography.Text type="secondary">{changeLabel(change.field, kind)}：</Typography.Text>
          <Typography.Text type="secondary">
            <ShortValue text={changeValue(change.field, change.before, context)} />
          </Typography.Text>
          {' → '}
          <ShortValue text={changeValue(change.field, change.after, context)} />
        </span>
      ))}
    </div>
  );
}

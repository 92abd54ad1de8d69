import { Alert } from 'antd';
import { Link } from 'react-router-dom';

/** Printed forms and record numbers need the office; say so until it is set up. */
export function OfficeSetupBanner() {
  return (
    <Alert
      type="warning"
      banner
      data-testid="office-setup-banner"
      title={
        <span>
          尚未填写管理处信息(名称、公司名称、管理处代码),打印的表格需要这些信息。
          <Link to="/settings">前往设置</Link>
        </span>
      }
    />
  );
}

import { Button, Result } from 'antd';
import { Link } from 'react-router-dom';
import { PageTitle } from '../components/PageTitle';

export function NotFoundPage() {
  return (
    <Result
      status="404"
      title={<PageTitle>页面不存在</PageTitle>}
      subTitle="您访问的页面不存在,可能地址有误。"
      extra={
        <Link to="/complaints">
          <Button type="primary">返回投诉台账</Button>
        </Link>
      }
    />
  );
}

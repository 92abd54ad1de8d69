import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { AuthStatus, SignInResult } from './authRecords';
import { setupInput, signInInput, changePasswordInput, setPasswordInput } from './authSchemas';

/** Sign-in at the shared desk PC and passwords. */
export const authContract = {
  'auth.status': read<AuthStatus>()(noInput, '登录状态', { access: 'public', passive: true, folder: 'either' }),
  'auth.setup': write<SignInResult>()(setupInput, '首次使用:创建第一个经理账号', { access: 'public', folder: 'either' }),
  'auth.signIn': write<SignInResult>()(signInInput, '登录', { access: 'public', folder: 'either', beforeCheck: true }),
  'auth.signOut': read<null>()(noInput, '退出登录', { access: 'public', folder: 'either' }),
  'auth.lock': read<null>()(noInput, '锁定屏幕', { access: 'public', folder: 'either' }),
  'auth.changePassword': write<null>()(changePasswordInput, '修改自己的密码', { access: 'department', folder: 'either' }),
  'staff.setPassword': write<null>()(setPasswordInput, '为员工设置密码', { access: 'supervisor', folder: 'either' }),
};

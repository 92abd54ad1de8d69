import { read, write } from '../../contract/channel';
import { type ServiceScript, scriptListInput, scriptInput, scriptMoveInput } from './serviceScripts';

/** 话术: the service scripts. */
export const scriptContract = {
  'scripts.list': read<ServiceScript[]>()(scriptListInput, '话术列表'),
  'scripts.save': write<ServiceScript>()(scriptInput, '新增或修改话术', { access: 'supervisor' }),
  'scripts.move': write<ServiceScript>()(scriptMoveInput, '调整话术顺序', { access: 'supervisor' }),
};

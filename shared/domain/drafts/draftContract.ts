import { read, write } from '../../contract/channel';
import { type Draft, draftFormInput, draftSaveInput } from './draft';

/** Drafts of the entry forms, each signed-in person's own, kept by the main process until saved or thrown away. */
export const draftContract = {
  'drafts.get': read<Draft | null>()(draftFormInput, '读取自己未保存的草稿'),
  'drafts.save': write<{ savedAt: string }>()(draftSaveInput, '保存填写到一半的表单为草稿'),
  'drafts.discard': write<null>()(draftFormInput, '丢弃草稿'),
};

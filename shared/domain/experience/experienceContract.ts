import { read, write } from '../../contract/channel';
import { noInput } from '../fieldSchemas';
import type { ExportedFile } from '../statistics/statistics';
import {
  experienceImportInput,
  experienceListInput,
  experienceSaveInput,
  keywordsInput,
  lessonInput,
  officeWordsInput,
  suggestInput,
  type ExperienceEntry,
  type ExperienceImportReport,
  type ExperienceSuggestions,
} from './experience';

/** 经验库: key words, the best past cases and procedures for a text, and the base supervisors keep. */
export const experienceContract = {
  'experience.suggest': read<ExperienceSuggestions>()(suggestInput, '经验库匹配'),
  'experience.keywords': read<string[][]>()(keywordsInput, '关键词'),
  'experience.list': read<ExperienceEntry[]>()(experienceListInput, '经验库列表'),
  'experience.save': write<ExperienceEntry>()(experienceSaveInput, '新增或修改标准处理流程', { access: 'supervisor' }),
  'experience.saveLesson': write<ExperienceEntry>()(lessonInput, '写入经验总结', { access: 'supervisor' }),
  'experience.export': read<ExportedFile>()(noInput, '经验库导出 Excel'),
  'experience.import': write<ExperienceImportReport>()(experienceImportInput, '经验库导入 Excel', { access: 'supervisor' }),
  'experience.words': read<string[]>()(noInput, '本处词典'),
  'experience.saveWords': write<string[]>()(officeWordsInput, '修改本处词典', { access: 'supervisor' }),
};

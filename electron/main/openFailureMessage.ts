import { NewerDatabaseError } from '../app/db/newerDatabase';

/** What the clerk reads when the data cannot be opened; the technical detail goes to the log. */
export function openFailureMessage(error: unknown, dataDir: string): { title: string; message: string } {
  if (error instanceof NewerDatabaseError) {
    return { title: '数据文件版本较新', message: `${error.message}\n\n数据位置:${dataDir}` };
  }
  const detail = error instanceof Error ? error.message : String(error);
  return {
    title: '物业台账无法启动',
    message:
      `打开数据文件时出错,程序将退出。\n\n原因:${detail}\n数据位置:${dataDir}\n\n` +
      '请确认数据文件没有被其他程序占用或移动;如果反复出现,请联系管理员并提供以上信息。',
  };
}

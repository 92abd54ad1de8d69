import { DomainError } from '../../shared/contract/errors';

/** Exit codes: 0 done, 1 the data is bad (with the reason), 2 the command was used wrongly. */
export const exitCodes = { ok: 0, badData: 1, usage: 2 } as const;

export class UsageError extends Error {}

/** The words that start a command (the installed program opens its window for anything else). */
export const cliCommands = ['archive', 'backup', 'restore', 'check', 'help', '--help', '-h'] as const;

export const usage = `用法:taizhang <命令> [选项]

  archive export --out 文件夹 [--month YYYY-MM | --from YYYY-MM-DD --to YYYY-MM-DD] [--full]
                              导出归档(默认:最近有记录的月份;--full 含完整身份证号、电话和身份证扫描件)
  archive verify 文件          核对归档文件(并显示签名密钥的指纹)
  archive import 文件… [--confirm-key 指纹]…
                              把各管理处的归档导入本数据目录(总部汇总;新的空目录即成为总部数据目录,
                              管理处自己的数据目录拒绝导入;某管理处第一次导入须填电话核对过的密钥指纹)
  backup                      立即备份数据库
  restore [备份文件名] [--yes]  恢复到某个备份(默认最近的完好备份),原数据另存
  check                       检查数据库完整性与修改记录
  seed:demo                   生成演示数据

数据目录:环境变量 TAIZHANG_DATA_DIR(与程序相同)。`;

/** Progress on a terminal only: piped output stays quiet, for scripts. */
export function progressLine(stream: NodeJS.WriteStream = process.stderr): { update(text: string): void; end(): void } {
  if (!stream.isTTY) return { update: () => {}, end: () => {} };
  let shown = false;
  return {
    update(text) {
      shown = true;
      stream.write(`\r\x1b[K${text}`);
    },
    end() {
      if (shown) stream.write('\n');
    },
  };
}

/** A domain error is the data's fault (1); anything else is reported the same way, with its message. */
export function failureMessage(error: unknown): string {
  if (error instanceof DomainError) return error.message;
  return error instanceof Error ? error.message : String(error);
}

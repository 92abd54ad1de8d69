/** A data file written by a newer version of the app: never opened for writing, never changed. */
export class NewerDatabaseError extends Error {
  constructor(readonly found: number, readonly supported: number) {
    super(
      `此数据文件由较新版本的物业台账创建(数据版本 ${found}),本软件只支持到数据版本 ${supported}。` +
        '请安装新版本后再打开;数据文件没有被改动。',
    );
    this.name = 'NewerDatabaseError';
  }
}

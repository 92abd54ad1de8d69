import { resolveDataDir } from '../app/dataDir';
import { openApp } from '../app/openApp';
import { settableClock } from '../app/clock';
import { buildDemoOffice, demoPassword, demoSupervisorPassword } from '../app/demo/demoOffice';

/** `npm run seed:demo`: fill the data folder with a demo office, unless it already holds records. */
const dataDir = resolveDataDir();
const clock = settableClock();
const app = await openApp({ dataDir, clock });
try {
  const status = await app.call('auth.status', {});
  if (!status.needsSetup) {
    console.log(`数据目录 ${dataDir} 中已有可登录的账号,未写入演示数据。`);
    console.log('如需演示数据,请设置 TAIZHANG_DATA_DIR 指向一个新目录后再运行。');
  } else {
    const interactive = process.stdout.isTTY;
    const summary = await buildDemoOffice(app, clock, {
      onProgress: (done, total) => {
        if (interactive && (done % 10 === 0 || done === total)) process.stdout.write(`\r正在生成投诉记录 ${done}/${total}`);
      },
    });
    if (interactive) process.stdout.write('\n');
    console.log(
      `演示管理处已生成:${summary.rooms} 套房屋,${summary.owners} 位业主,${summary.staff} 名员工,${summary.complaints} 条投诉。`,
    );
    console.log(`登录:经理 ${summary.managerName} 和各位主管的密码为 ${demoSupervisorPassword},前台/客服的 PIN 为 ${demoPassword}`);
    console.log(`数据目录:${dataDir}`);
  }
} finally {
  await app.close();
}

import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { complaintCategories, complaintSeverities, type ComplaintCategory, type ComplaintSeverity } from '../../shared/domain/complaints/complaint';

const here = dirname(fileURLToPath(import.meta.url));
export const labelledFile = join(here, 'labelledComplaints.tsv');
export const proceduresFile = join(here, 'standardProcedures.tsv');
/** Texts written apart from the labelled set, in other words (2026-12-04): the independent check, never tuned on. */
export const freshFile = join(here, 'freshComplaints.tsv');
/** Written blind by someone who never saw the project, read only after the cues were final (README, 经验库). */
export const blindTestFile = join(here, 'blindTest.tsv');

/** One labelled complaint: 历史 ones are the office's past cases, 留出 ones are asked about. */
export interface Labelled {
  past: boolean;
  category: ComplaintCategory;
  department: string;
  severity: ComplaintSeverity;
  text: string;
}

function keyOf<K extends string>(labels: Record<K, string>, label: string, file: string): K {
  const key = (Object.keys(labels) as K[]).find((candidate) => labels[candidate] === label);
  if (!key) throw new Error(`${file}: 不认识的“${label}”`);
  return key;
}

function rows(file: string): string[][] {
  return readFileSync(file, 'utf8')
    .split('\n')
    .slice(1)
    .filter((line) => line.trim() !== '')
    .map((line) => line.split('\t'));
}

/** A labelled set as TSV: 集 (历史/留出), 分类, 部门, 严重程度, 投诉内容 — labels in the app's Chinese words. */
export function readLabelled(file = labelledFile): Labelled[] {
  return rows(file).map(([set, category, department, severity, text]) => ({
    past: set === '历史',
    category: keyOf(complaintCategories, category!, file),
    department: department!,
    severity: keyOf(complaintSeverities, severity!, file),
    text: text!,
  }));
}

/** Right shares (0–1) of one asked set; severity for information. */
export interface AskedFigures {
  asked: number;
  category: number;
  department: number;
  severity: number;
  /** Per category: right / asked. */
  byCategory: Record<string, { right: number; asked: number }>;
  /** The texts whose category was missed: what was suggested instead, and the key words. */
  missed: { text: string; expected: ComplaintCategory; suggested: ComplaintCategory | null; keywords: string[] }[];
}

export interface QualityReport extends AskedFigures {
  past: number;
  procedures: number;
  /** The past cases' category and department shares, each asked about without itself. */
  leaveOneOutCategory: number;
  leaveOneOutDepartment: number;
  /** The independent set (freshComplaints.tsv), asked of the same office: texts nobody tuned on. */
  fresh: AskedFigures | null;
  /** blindTest.tsv, asked of the same office, when the default fresh set is asked. */
  blind: AskedFigures | null;
}

type App = Awaited<ReturnType<typeof openApp>>;

/**
 * A new office (the app itself, on a temporary folder) with the standard procedures and the set's past cases,
 * filed through its channels; `use` asks it, then the office is removed.
 */
export async function withQualityOffice<T>(
  options: { labelled?: string; procedures?: string },
  use: (office: { app: App; set: Labelled[]; past: Labelled[]; pastIds: number[]; procedures: number; departmentId: (name: string) => number }) => Promise<T>,
): Promise<T> {
  const set = readLabelled(options.labelled ?? labelledFile);
  const dir = mkdtempSync(join(tmpdir(), 'taizhang-quality-'));
  const app = await openApp({ dataDir: dir, clock: fixedClock('2026-11-23T10:00:00') });
  try {
    await app.call('auth.setup', { name: '林经理', password: 'quality-pass' });
    await app.call('office.save', { name: '质量测试管理处', companyName: '测试物业', code: 'QA01' });
    const departments = await app.call('departments.list', {});
    const departmentId = (name: string) => {
      const found = departments.find((department) => department.name === name);
      if (!found) throw new Error(`没有部门“${name}”`);
      return found.id;
    };
    const procedures = rows(options.procedures ?? proceduresFile);
    for (const [title, category, department, severity, text, steps] of procedures) {
      await app.call('experience.save', {
        title: title!,
        text: text!,
        category: keyOf(complaintCategories, category!, 'procedures'),
        departmentId: departmentId(department!),
        severity: keyOf(complaintSeverities, severity!, 'procedures'),
        steps: (steps ?? '').split(/[;；]/).map((step) => step.trim()).filter(Boolean).slice(0, 30),
      });
    }
    const past = set.filter((item) => item.past);
    const pastIds: number[] = [];
    for (const [index, item] of past.entries()) {
      const minute = String(index % 60).padStart(2, '0');
      const created = await app.call('complaints.create', {
        complainantName: '测试业主',
        receivedAt: `2026-11-${String(1 + Math.floor(index / 60)).padStart(2, '0')}T09:${minute}`,
        channel: 'phone',
        content: item.text,
        category: item.category,
        severity: item.severity,
        targetDepartmentId: departmentId(item.department),
      });
      pastIds.push(created.id);
    }
    return await use({ app, set, past, pastIds, procedures: procedures.length, departmentId });
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Leave-one-out on the past cases (each asked without itself): category and department shares. */
export async function leaveOneOut(app: App, past: readonly Labelled[], pastIds: readonly number[], departmentId: (name: string) => number) {
  const right = { category: 0, department: 0 };
  for (const [index, item] of past.entries()) {
    const { suggestion } = await app.call('experience.suggest', { text: item.text, complaintId: pastIds[index]! });
    if (suggestion.category === item.category) right.category++;
    if (suggestion.departmentId === departmentId(item.department)) right.department++;
  }
  return { category: past.length ? right.category / past.length : 0, department: past.length ? right.department / past.length : 0 };
}

async function ask(app: App, asked: readonly Labelled[], departmentId: (name: string) => number): Promise<AskedFigures> {
  const right = { category: 0, department: 0, severity: 0 };
  const byCategory: AskedFigures['byCategory'] = {};
  const missed: AskedFigures['missed'] = [];
  for (const item of asked) {
    const { suggestion, keywords } = await app.call('experience.suggest', { text: item.text });
    if (suggestion.category !== item.category) missed.push({ text: item.text, expected: item.category, suggested: suggestion.category ?? null, keywords });
    const counts = (byCategory[complaintCategories[item.category]] ??= { right: 0, asked: 0 });
    counts.asked++;
    if (suggestion.category === item.category) {
      right.category++;
      counts.right++;
    }
    if (suggestion.departmentId === departmentId(item.department)) right.department++;
    if (suggestion.severity === item.severity) right.severity++;
  }
  const share = (count: number) => (asked.length ? count / asked.length : 0);
  return { asked: asked.length, category: share(right.category), department: share(right.department), severity: share(right.severity), byCategory, missed };
}

/**
 * The experience base's quality on a labelled set: each held-out text is asked about through `experience.suggest`
 * and its suggestion compared with the label; then the fresh set's texts, asked of the same office.
 */
export async function measureQuality(options: { labelled?: string; procedures?: string; fresh?: string | null } = {}): Promise<QualityReport> {
  const freshPath = options.fresh === undefined ? (existsSync(freshFile) ? freshFile : null) : options.fresh;
  return withQualityOffice(options, async ({ app, set, past, pastIds, procedures, departmentId }) => {
    const left = await leaveOneOut(app, past, pastIds, departmentId);
    const heldOut = await ask(app, set.filter((item) => !item.past), departmentId);
    const fresh = freshPath ? await ask(app, readLabelled(freshPath), departmentId) : null;
    const blind = options.fresh === undefined && existsSync(blindTestFile) ? await ask(app, readLabelled(blindTestFile), departmentId) : null;
    return { ...heldOut, past: past.length, procedures, leaveOneOutCategory: left.category, leaveOneOutDepartment: left.department, fresh, blind };
  });
}

function printAsked(figures: AskedFigures, title: string): void {
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  console.log(`${title}:分类首选正确 ${percent(figures.category)},部门首选正确 ${percent(figures.department)},严重程度 ${percent(figures.severity)}`);
  for (const [category, counts] of Object.entries(figures.byCategory)) console.log(`  ${category}: ${counts.right}/${counts.asked}`);
  if (process.env.SHOW_MISSED) {
    for (const miss of figures.missed) console.log(`  ✗ ${complaintCategories[miss.expected]} → ${miss.suggested ? complaintCategories[miss.suggested] : '无'}  ${miss.text}  [${miss.keywords.join(' ')}]`);
  }
}

/**
 * `npx tsx bench/quality/quality.ts [labelled.tsv] [procedures.tsv] [fresh.tsv]`: the figures on any labelled set,
 * and on the fresh set (freshComplaints.tsv unless another is named; `-` for none).
 */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [labelled, procedures, fresh] = process.argv.slice(2);
  const report = await measureQuality({ labelled, procedures, ...(fresh !== undefined && { fresh: fresh === '-' ? null : fresh }) });
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  console.log(`经验库质量:${report.procedures} 条标准处理流程,${report.past} 条历史投诉,${report.asked} 条留出投诉`);
  console.log(`历史集留一法:分类 ${percent(report.leaveOneOutCategory)},部门 ${percent(report.leaveOneOutDepartment)}`);
  printAsked(report, '留出集');
  // Only freshComplaints.tsv was never tuned on; another set (blindDev.tsv) is named as it is.
  const other = fresh !== undefined && fresh !== '-' && resolve(fresh) !== freshFile;
  if (report.fresh) printAsked(report.fresh, other ? `另一集 ${basename(fresh!)}(${report.fresh.asked} 条)` : `独立新集(${report.fresh.asked} 条,不参与任何调参)`);
  if (report.blind) printAsked(report.blind, `盲写测试集 blindTest.tsv(${report.blind.asked} 条)`);
}

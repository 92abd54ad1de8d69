import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openApp } from '../../electron/app/openApp';
import { fixedClock } from '../../electron/app/clock';
import { complaintCategories, complaintSeverities, type ComplaintCategory, type ComplaintSeverity } from '../../shared/domain/complaints/complaint';

const here = dirname(fileURLToPath(import.meta.url));
export const labelledFile = join(here, 'labelledComplaints.tsv');
export const proceduresFile = join(here, 'standardProcedures.tsv');

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

export interface QualityReport {
  past: number;
  asked: number;
  procedures: number;
  /** Shares of the asked texts whose suggestion is right (0–1); severity for information. */
  category: number;
  department: number;
  severity: number;
  /** Per category: right / asked. */
  byCategory: Record<string, { right: number; asked: number }>;
  /** The past cases' category share, each asked about without itself. */
  leaveOneOutCategory: number;
  /** The texts whose category was missed: what was suggested instead, and the key words. */
  missed: { text: string; expected: ComplaintCategory; suggested: ComplaintCategory | null; keywords: string[] }[];
}

/**
 * The experience base's quality on a labelled set: a new office (the app itself, on a temporary folder) gets the
 * standard procedures and the past cases through its channels, then each held-out text is asked about through
 * `experience.suggest` and its suggestion compared with the label.
 */
export async function measureQuality(options: { labelled?: string; procedures?: string } = {}): Promise<QualityReport> {
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
    // Leave-one-out on the past cases (each asked without itself): a second figure, on texts nobody tuned to.
    let leaveOneOut = 0;
    for (const [index, item] of past.entries()) {
      const { suggestion } = await app.call('experience.suggest', { text: item.text, complaintId: pastIds[index]! });
      if (suggestion.category === item.category) leaveOneOut++;
    }
    const asked = set.filter((item) => !item.past);
    const right = { category: 0, department: 0, severity: 0 };
    const byCategory: QualityReport['byCategory'] = {};
    const missed: QualityReport['missed'] = [];
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
    return {
      past: past.length,
      asked: asked.length,
      procedures: procedures.length,
      category: share(right.category),
      department: share(right.department),
      severity: share(right.severity),
      byCategory,
      missed,
      leaveOneOutCategory: past.length ? leaveOneOut / past.length : 0,
    };
  } finally {
    await app.close();
    rmSync(dir, { recursive: true, force: true });
  }
}

/** `npx tsx bench/quality/quality.ts [labelled.tsv] [procedures.tsv]`: the figures on any labelled set. */
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const [labelled, procedures] = process.argv.slice(2);
  const report = await measureQuality({ labelled, procedures });
  const percent = (share: number) => `${(share * 100).toFixed(1)} %`;
  console.log(`经验库质量:${report.procedures} 条标准处理流程,${report.past} 条历史投诉,${report.asked} 条留出投诉`);
  console.log(`分类首选正确 ${percent(report.category)},部门首选正确 ${percent(report.department)},严重程度 ${percent(report.severity)};历史集留一法分类 ${percent(report.leaveOneOutCategory)}`);
  for (const [category, counts] of Object.entries(report.byCategory)) console.log(`  ${category}: ${counts.right}/${counts.asked}`);
  if (process.env.SHOW_MISSED) {
    for (const miss of report.missed) console.log(`  ✗ ${complaintCategories[miss.expected]} → ${miss.suggested ? complaintCategories[miss.suggested] : '无'}  ${miss.text}  [${miss.keywords.join(' ')}]`);
  }
}

import type { Content, TableCell, TDocumentDefinitions } from 'pdfmake/interfaces';
import { complaintCategories, complaintChannels, complaintSeverities } from '../../../shared/domain/complaint';
import type { ComplaintRecord, Office } from '../../../shared/domain/records';
import { box, formatDate, formatDateTime, formDocument, signatureLine } from './formParts';
import type { TextGuard } from './textGuard';

export const complaintFormTitle = '业主投诉处理记录表';

const label = (text: string): TableCell => ({ text, style: 'label', fillColor: '#f2f2f2' });
const blank = (lines: number): Content => ({ text: '\n'.repeat(Math.max(lines - 1, 0)) + ' ' });

/** A line of boxes on the left and a signature on the right, as the paper puts them. */
function besideSignature(left: string, signer: string): Content {
  return { columns: [{ width: '*', text: left, margin: [0, 3, 0, 0] }, { width: 'auto', ...signatureLine(signer) }] };
}

/** A full-width section of the form: its heading, what is known so far, space to write, who signs. */
function section(heading: string | Content, body: Content[], signatures: Content[]): TableCell[] {
  const title = typeof heading === 'string' ? { text: heading, style: 'label' } : heading;
  return [{ colSpan: 6, stack: [title, ...body, ...signatures] }, {}, {}, {}, {}, {}];
}

/**
 * The 业主投诉处理记录表 of seed 002 (篇一), field for field, with the intake filled in and the later stages
 * left as the paper leaves them: blank lines, boxes and signature lines for the people who sign.
 */
export function complaintFormDefinition(
  office: Office,
  complaint: ComplaintRecord,
  guard: TextGuard,
  printedAt: string,
): TDocumentDefinitions {
  const t = guard.text;
  const complainant = complaint.anonymous ? '匿名' : t(complaint.complainantName);
  const target = [complaint.targetDepartmentName, complaint.targetDescription].filter(Boolean).join(' / ');
  const channel = complaintChannels[complaint.channel] + (complaint.referralSource ? `(${t(complaint.referralSource)})` : '');
  const categories = Object.entries(complaintCategories)
    .map(([key, name]) => box(key === complaint.category, name))
    .join(' ');
  const severities = Object.entries(complaintSeverities)
    .map(([key, name]) => box(key === complaint.severity, name))
    .join('  ');

  const body: TableCell[][] = [
    [label('被投诉部门'), { text: t(target), colSpan: 3 }, {}, {}, label('投诉时间'), formatDateTime(complaint.receivedAt)],
    [label('投诉人'), complainant, label('房号'), t(complaint.roomLabel), label('联系电话'), complaint.phone ?? ''],
    [label('联系地址'), { text: t(complaint.address), colSpan: 3 }, {}, {}, label('投诉方式'), channel],
    [label('投诉分类'), { text: categories, colSpan: 5 }, {}, {}, {}, {}],
    [
      label('严重程度'),
      { text: `${severities}      ${box(complaint.urgent, '紧急(人身安全/重大财产损失)')}`, colSpan: 5 },
      {},
      {},
      {},
      {},
    ],
    section(
      '投诉内容:',
      [
        { text: t(complaint.content), margin: [0, 2, 0, 2] },
        ...(complaint.demand ? [{ text: [{ text: '投诉要求:', style: 'label' }, t(complaint.demand)] } as Content] : []),
      ],
      [signatureLine('记录人', t(complaint.receiverName), complaint.receivedAt)],
    ),
    section('调查情况及结果:', [blank(2)], [
      besideSignature(`属${box(complaint.validity === 'valid', '有效投诉')}  ${box(complaint.validity === 'invalid', '无效投诉')}`, '调查人'),
    ]),
    section('应急措施:', [blank(1)], [signatureLine('实施人')]),
    section('原因分析:', [blank(1)], [signatureLine('签名')]),
    section(
      {
        text: [
          { text: '要求纠正期限:', style: 'label' },
          `${box(false, '1、2、3、4、5、6、7天')}  ${box(false, '1、2、3、4周')}  ${box(false, '1、2、3月')}  ${box(false, '其它')}`,
        ],
      },
      [],
      [signatureLine('责任人签名')],
    ),
    section(
      '处理结果(须说明过失人)及纠正措施(须说明工作内容、责任人、完成时间):',
      [blank(2)],
      [{ columns: [signatureLine('制订人∕日期'), signatureLine('审核人∕日期')], columnGap: 8 }],
    ),
    section('批示:', [blank(1)], [signatureLine('签名')]),
    section('客户反馈意见:', [blank(1)], [
      besideSignature(`回访形式:${box(false, '面谈')} ${box(false, '电话')} ${box(false, '邮件')} ${box(false, '其他')}`, '客户签名'),
      signatureLine('回访人∕日期'),
    ]),
    [label('归档日期'), { text: formatDate(null), colSpan: 2 }, {}, label('归档负责人'), { text: '', colSpan: 2 }, {}],
  ];

  return formDocument(
    { title: complaintFormTitle, office, number: complaint.number, revision: complaint.revision, printedAt },
    [
      {
        table: { widths: [62, '*', 40, '*', 56, 110], body, dontBreakRows: true },
        layout: { hLineWidth: () => 0.8, vLineWidth: () => 0.8, paddingTop: () => 3, paddingBottom: () => 3 },
      },
    ],
  );
}

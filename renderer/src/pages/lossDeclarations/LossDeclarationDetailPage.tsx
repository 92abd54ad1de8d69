import { Card, Descriptions, Flex, Skeleton, Timeline, Typography } from 'antd';
import { useParams } from 'react-router-dom';
import { useChannelQuery } from '../../api/queries';
import { QueryErrorAlert } from '../../components/QueryErrorAlert';
import { amountInCapitals, formatYuan } from '../../../../shared/domain/money';
import { lossOutcomes, lostDocumentTypes, paymentPurposes, presentPersons, refundKinds } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { LossStatusTag } from './LossStatusTag';
import { RevealIdButton } from './RevealIdButton';
import { LossAttachments } from './LossAttachments';
import { LossActions } from './LossActions';
import { officeToday } from '../../../../shared/domain/officeDate';
import { PageTitle } from '../../components/PageTitle';

const time = (iso: string | null) => (iso ? iso.slice(0, 16).replace('T', ' ') : '');

/** One declaration: its fields (ID masked until asked), scans, the period, the outcome and its history. */
export function LossDeclarationDetailPage() {
  const id = Number(useParams().id);
  const detail = useChannelQuery('lossDeclarations.get', { id });
  const desk = useChannelQuery('desk.today', {});
  if (detail.isError) return <QueryErrorAlert error={detail.error} onRetry={() => void detail.refetch()} />;
  if (!detail.data) return <Skeleton active />;
  const { declaration: d, attachments, history } = detail.data;
  const today = desk.data?.now.slice(0, 10) ?? officeToday();

  return (
    <Flex vertical gap={12}>
      <Card
        size="small"
        title={
          <span data-testid="loss-title">
            <PageTitle>遗失声明 {d.number}</PageTitle> <LossStatusTag status={d.status} outcome={d.outcome} />
          </span>
        }
        extra={<LossActions record={d} today={today} />}
      >
        <Descriptions size="small" bordered column={{ xs: 1, md: 2, xl: 3 }} data-testid="loss-descriptions">
          <Descriptions.Item label="客户姓名">{d.customerName}</Descriptions.Item>
          <Descriptions.Item label="身份证号">
            <RevealIdButton id={d.id} whose="customer" masked={d.idNumberMasked} />
          </Descriptions.Item>
          <Descriptions.Item label="联系电话">{d.phone}</Descriptions.Item>
          <Descriptions.Item label="房号">{d.roomLabel}</Descriptions.Item>
          <Descriptions.Item label="遗失票据">
            {lostDocumentTypes[d.documentType]} {d.documentNumber}
          </Descriptions.Item>
          <Descriptions.Item label="金额">
            <span data-testid="loss-amount">
              {formatYuan(d.amountFen)}(大写:{amountInCapitals(d.amountFen)})
            </span>
          </Descriptions.Item>
          <Descriptions.Item label="开具日期">{d.issueDate}</Descriptions.Item>
          <Descriptions.Item label="款项用途">{d.purpose === 'other' ? d.purposeOther : paymentPurposes[d.purpose]}</Descriptions.Item>
          <Descriptions.Item label="置业顾问">{d.consultantName}</Descriptions.Item>
          {d.byAgent && <Descriptions.Item label="代理人">{d.agentName}</Descriptions.Item>}
          {d.byAgent && d.agentIdNumberMasked && (
            <Descriptions.Item label="代理人身份证号">
              <RevealIdButton id={d.id} whose="agent" masked={d.agentIdNumberMasked} />
            </Descriptions.Item>
          )}
          <Descriptions.Item label="挂失时间">{time(d.declaredAt)}(受理:{d.createdByName})</Descriptions.Item>
          <Descriptions.Item label="挂失期至">
            <span data-testid="loss-period">{d.periodEndsOn}</span>
          </Descriptions.Item>
          <Descriptions.Item label="记账联">
            {d.stubFoundAt ? `${d.stubFoundByName} 于 ${time(d.stubFoundAt)} 找到${d.stubNote ? `(${d.stubNote})` : ''}` : '财务尚未找到'}
          </Descriptions.Item>
          {d.outcome && (
            <Descriptions.Item label="办结" span={2}>
              <span data-testid="loss-outcome">
                {lossOutcomes[d.outcome]}
                {d.refundKind ? `(${refundKinds[d.refundKind]})` : ''},{d.presentPerson ? presentPersons[d.presentPerson] : ''}办理,{d.outcomeByName} {time(d.outcomeAt)}
                {d.outcomeNote ? `:${d.outcomeNote}` : ''}
              </span>
            </Descriptions.Item>
          )}
          {d.voidedAt && <Descriptions.Item label="作废">{`${time(d.voidedAt)}:${d.voidReason ?? ''}`}</Descriptions.Item>}
        </Descriptions>
      </Card>
      <LossAttachments id={d.id} byAgent={d.byAgent} editable={d.status !== 'voided'} attachments={attachments} />
      <Card size="small" title="修改记录">
        <Timeline
          data-testid="loss-history"
          items={history.map((entry) => ({
            content: (
              <span>
                <Typography.Text type="secondary">{time(entry.at)}</Typography.Text> {entry.staffName} <Typography.Text strong>{entry.action}</Typography.Text> {entry.summary}
              </span>
            ),
          }))}
        />
      </Card>
    </Flex>
  );
}

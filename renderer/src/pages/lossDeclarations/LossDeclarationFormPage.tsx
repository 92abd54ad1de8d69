import { App, Button, Card, Checkbox, Col, DatePicker, Form, Input, Radio, Row, Select } from 'antd';
import { useNavigate } from 'react-router-dom';
import dayjs, { type Dayjs } from 'dayjs';
import { call } from '../../api/client';
import { useChannelMutation } from '../../api/queries';
import { applyCallError } from '../../forms/applyCallError';
import type { PickedFile } from '../../forms/fileContent';
import { useGlyphRule } from '../../hooks/useGlyphRule';
import { DraftOffer } from '../../forms/DraftOffer';
import { LeaveGuard } from '../../forms/LeaveGuard';
import { useEntryDraft } from '../../forms/useEntryDraft';
import { useOneAtATime } from '../../forms/useOneAtATime';
import { useCurrentStaff } from '../../auth/currentStaff';
import { RoomField } from '../../components/RoomField';
import { StaffSelect } from '../../components/StaffSelect';
import { yuanTextToFen } from '../../../../shared/domain/money';
import { lostDocumentTypes, paymentPurposes, type LostDocumentType, type PaymentPurpose } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { AmountField } from './AmountField';
import { IdNumberField } from './IdNumberField';
import { LossFilePicker, pickedFileProblem } from './LossFilePicker';
import { PageTitle } from '../../components/PageTitle';

interface Values {
  customerName: string;
  idNumber: string;
  phone: string;
  roomId: number | null;
  roomText?: string;
  documentType: LostDocumentType;
  documentNumber: string;
  amountText: string;
  issueDate: Dayjs;
  purpose: PaymentPurpose;
  purposeOther?: string;
  consultantStaffId: number;
  byAgent: boolean;
  agentName?: string;
  agentIdNumber?: string;
  idScan?: PickedFile;
  agentIdScan?: PickedFile;
}

const fieldNames = ['customerName', 'idNumber', 'phone', 'roomText', 'documentType', 'documentNumber', 'amountText', 'issueDate', 'purpose', 'purposeOther', 'consultantStaffId', 'byAgent', 'agentName', 'agentIdNumber'];
const fileRule = { validator: async (_rule: unknown, file: PickedFile | undefined) => { const problem = pickedFileProblem(file); if (problem) throw new Error(problem); } };

/** 办理挂失: the 《收据、发票遗失声明》 in the order of the paper, with the ID card scans pasted on it. */
export function LossDeclarationFormPage() {
  const { message } = App.useApp();
  const navigate = useNavigate();
  const staff = useCurrentStaff();
  const glyphRule = useGlyphRule();
  const [form] = Form.useForm<Values>();
  const create = useChannelMutation('lossDeclarations.create');
  const byAgent = Form.useWatch('byAgent', form) as boolean | undefined;
  const purpose = Form.useWatch('purpose', form) as PaymentPurpose | undefined;
  const draft = useEntryDraft('lossDeclaration', form);
  const saving = useOneAtATime();

  const onFinish = (values: Values) =>
    saving.run(async () => {
    try {
      const record = await create.mutateAsync({
        customerName: values.customerName,
        idNumber: values.idNumber,
        phone: values.phone,
        roomId: values.roomId ?? null,
        roomText: values.roomText ?? null,
        documentType: values.documentType,
        documentNumber: values.documentNumber,
        amountFen: yuanTextToFen(values.amountText) ?? 0,
        issueDate: values.issueDate.format('YYYY-MM-DD'),
        purpose: values.purpose,
        purposeOther: values.purposeOther ?? null,
        consultantStaffId: values.consultantStaffId,
        byAgent: values.byAgent,
        agentName: values.agentName ?? null,
        agentIdNumber: values.agentIdNumber ?? null,
      });
      // The record exists now; a scan that fails to upload is reported and can be added on the record page.
      const scans = [
        { kind: 'idCard' as const, file: values.idScan },
        { kind: 'agentIdCard' as const, file: values.byAgent ? values.agentIdScan : undefined },
      ];
      for (const { kind, file } of scans) {
        if (!file) continue;
        await call('lossDeclarations.attach', { id: record.id, kind, fileName: file.fileName, contentBase64: file.contentBase64 }).catch((error: unknown) =>
          message.error(`身份证扫描件未能保存:${error instanceof Error ? error.message : ''},请在声明页面重新上传`),
        );
      }
      await draft.discard();
      void message.success(`遗失声明已登记,编号 ${record.number},挂失期至 ${record.periodEndsOn}`);
      navigate(`/loss-declarations/${record.id}`, { replace: true });
    } catch (error) {
      applyCallError(form, error, message, { fields: fieldNames, rename: { roomId: 'roomText', amountFen: 'amountText' } });
    }
    });

  return (
    <Card title={<PageTitle>登记遗失声明 · 收据、发票遗失声明</PageTitle>} size="small" style={{ maxWidth: 1100 }}>
      {draft.offer && <DraftOffer draft={draft.offer} onRestore={draft.restore} onDiscard={() => void draft.discard()} />}
      <Form<Values>
        form={form}
        layout="vertical"
        initialValues={{ documentType: 'receipt', purpose: 'housePayment', byAgent: false, roomId: null, issueDate: undefined, consultantStaffId: staff.staffId }}
        onFinish={(values) => void onFinish(values)}
        onValuesChange={draft.changed}
        data-testid="loss-form"
      >
        <Row gutter={16}>
          <Col xs={24} md={8}>
            <Form.Item name="customerName" label="客户姓名(以收据上的客户名称为准)" rules={[{ required: true, message: '请填写客户姓名' }, glyphRule]}>
              <Input autoFocus maxLength={40} data-testid="customerName-input" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <IdNumberField name="idNumber" label="身份证号" />
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="phone" label="联系电话" rules={[{ required: true, message: '请填写联系电话' }]}>
              <Input maxLength={20} data-testid="phone-input" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <RoomField glyphRule={glyphRule} />
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="documentType" label="遗失票据" rules={[{ required: true }]}>
              <Radio.Group optionType="button" options={Object.entries(lostDocumentTypes).map(([value, label]) => ({ value, label }))} data-testid="documentType" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="documentNumber" label="收据/发票号码" rules={[{ required: true, message: '请填写收据或发票号码' }]}>
              <Input maxLength={40} data-testid="documentNumber-input" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <AmountField />
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="issueDate" label="开具日期" rules={[{ required: true, message: '请选择开具日期' }]}>
              <DatePicker style={{ width: '100%' }} disabledDate={(date) => date.isAfter(dayjs(), 'day')} data-testid="issueDate-input" />
            </Form.Item>
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="purpose" label="款项用途" rules={[{ required: true }]}>
              <Select options={Object.entries(paymentPurposes).map(([value, label]) => ({ value, label }))} data-testid="purpose-select" />
            </Form.Item>
            {purpose === 'other' && (
              <Form.Item name="purposeOther" label="其他用途" rules={[{ required: true, message: '请写明用途' }, glyphRule]}>
                <Input maxLength={40} />
              </Form.Item>
            )}
          </Col>
          <Col xs={24} md={8}>
            <Form.Item name="consultantStaffId" label="置业顾问" rules={[{ required: true, message: '请选择置业顾问' }]}>
              <StaffSelect data-testid="consultant-select" />
            </Form.Item>
          </Col>
          <Col xs={24} md={16}>
            <Form.Item name="byAgent" valuePropName="checked" label="代理人" extra="代理人可办理除退款以外的手续,须携带本人及客户的身份证原件">
              <Checkbox data-testid="byAgent-checkbox">由代理人代为办理</Checkbox>
            </Form.Item>
          </Col>
          {byAgent && (
            <>
              <Col xs={24} md={8}>
                <Form.Item name="agentName" label="代理人姓名" rules={[{ required: true, message: '请填写代理人姓名' }, glyphRule]}>
                  <Input maxLength={40} data-testid="agentName-input" />
                </Form.Item>
              </Col>
              <Col xs={24} md={8}>
                <IdNumberField name="agentIdNumber" label="代理人身份证号" />
              </Col>
            </>
          )}
          <Col xs={24} md={12}>
            <Form.Item name="idScan" label="客户身份证扫描件或照片" rules={[fileRule]}>
              <LossFilePicker hint="点击或拖入客户身份证的扫描件或照片" testId="idScan-picker" />
            </Form.Item>
          </Col>
          {byAgent && (
            <Col xs={24} md={12}>
              <Form.Item name="agentIdScan" label="代理人身份证扫描件或照片" rules={[fileRule]}>
                <LossFilePicker hint="点击或拖入代理人身份证的扫描件或照片" testId="agentIdScan-picker" />
              </Form.Item>
            </Col>
          )}
        </Row>
        <Button type="primary" htmlType="submit" loading={saving.running} disabled={saving.running} data-testid="save-loss">
          登记挂失(挂失期 15 天)
        </Button>
      </Form>
      <LeaveGuard {...draft.leave} />
    </Card>
  );
}

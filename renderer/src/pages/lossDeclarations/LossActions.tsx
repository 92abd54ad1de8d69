import { Button, Checkbox, DatePicker, Form, Input, Radio, Select, Space } from 'antd';
import { useState } from 'react';
import dayjs, { type Dayjs } from 'dayjs';
import { call } from '../../api/client';
import { CallError } from '../../../../shared/contract/errors';
import { useCurrentStaff } from '../../auth/currentStaff';
import { usePrintedForm } from '../../hooks/usePrintedForm';
import { PrintPreviewModal } from '../../components/PrintPreviewModal';
import { StaffSelect } from '../../components/StaffSelect';
import type { PickedFile } from '../../forms/fileContent';
import type { LossDeclarationRecord } from '../../../../shared/domain/lossDeclarations/lossDeclarationRecords';
import { lossOutcomes, lossPeriodOver, presentPersons, refundKinds, type LossOutcome, type PresentPerson, type RefundKind } from '../../../../shared/domain/lossDeclarations/lossDeclaration';
import { LossFilePicker, pickedFileProblem } from './LossFilePicker';
import { LossStepModal } from './LossStepModal';
import { useFontCoverage } from '../../api/queries';
import { findMissingGlyphs, missingGlyphPlaceholder } from '../../../../shared/domain/glyphCoverage';

type Step = 'stub' | 'outcome' | 'void' | 'print' | null;
interface StubValues { foundByStaffId: number; foundAt: Dayjs; note?: string; file?: PickedFile }
interface OutcomeValues { outcome: LossOutcome; refundKind?: RefundKind; presentPerson: PresentPerson; note?: string }
interface PrintValues { copy: 'declaration' | 'outcome'; fullIdNumber: boolean; confirmMarkedNames: boolean }

/** The declaration's steps: finance's stub, the outcome after the period, print, void (supervisors). */
export function LossActions({ record, today }: { record: LossDeclarationRecord; today: string }) {
  const staff = useCurrentStaff();
  const [step, setStep] = useState<Step>(null);
  const [stubForm] = Form.useForm<StubValues>();
  const [outcomeForm] = Form.useForm<OutcomeValues>();
  const [voidForm] = Form.useForm<{ reason: string }>();
  const [printForm] = Form.useForm<PrintValues>();
  const printed = usePrintedForm();
  const chosenOutcome = Form.useWatch('outcome', outcomeForm) as LossOutcome | undefined;
  const open = record.status === 'reported';
  const close = () => setStep(null);
  const copyable = record.outcome === 'receiptCopy' || record.outcome === 'invoiceCopy';
  // A name with a character no print font has prints with a marker: the clerk checks it against the ID card first.
  const ranges = useFontCoverage().data?.ranges;
  const markedNames = ranges
    ? [record.customerName, record.agentName, record.consultantName].filter((name): name is string => Boolean(name) && findMissingGlyphs(ranges, name!).length > 0)
    : [];

  return (
    <Space wrap>
      {open && !record.stubFoundAt && <Button onClick={() => setStep('stub')} data-testid="record-stub">财务找到记账联</Button>}
      {open && (
        <Button type="primary" onClick={() => setStep('outcome')} data-testid="decide-outcome" title={lossPeriodOver(record.periodEndsOn, today) ? undefined : `挂失期至 ${record.periodEndsOn}`}>
          挂失期满办结
        </Button>
      )}
      {record.status !== 'voided' && <Button onClick={() => setStep('print')} data-testid="print-loss">打印</Button>}
      {open && staff.allows('supervisor') && <Button danger onClick={() => setStep('void')} data-testid="void-loss">作废</Button>}

      <LossStepModal<StubValues>
        title="财务找到记账联"
        open={step === 'stub'}
        onClose={close}
        form={stubForm}
        fields={['foundByStaffId', 'foundAt', 'note', 'file']}
        initialValues={{ foundByStaffId: staff.staffId, foundAt: dayjs() }}
        okText="登记"
        testId="stub-form"
        submit={async (values) => {
          const problem = values.file ? pickedFileProblem(values.file) : '请附上记账联复印件';
          if (problem || !values.file) throw new CallError({ code: 'invalid_input', message: problem ?? '请附上记账联复印件', field: 'file' });
          return call('lossDeclarations.recordStub', { id: record.id, foundByStaffId: values.foundByStaffId, foundAt: values.foundAt.format('YYYY-MM-DDTHH:mm'), note: values.note ?? null, fileName: values.file.fileName, contentBase64: values.file.contentBase64 });
        }}
      >
        <Form.Item name="foundByStaffId" label="会计(找到记账联的人)" rules={[{ required: true, message: '请选择会计' }]}>
          <StaffSelect />
        </Form.Item>
        <Form.Item name="foundAt" label="找到时间" rules={[{ required: true, message: '请填写找到时间' }]}>
          <DatePicker showTime={{ format: 'HH:mm' }} format="YYYY-MM-DD HH:mm" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
        <Form.Item name="file" label="记账联复印件" required>
          <LossFilePicker hint="点击或拖入记账联复印件的扫描件或照片" testId="stub-picker" />
        </Form.Item>
      </LossStepModal>

      <LossStepModal<OutcomeValues>
        title="挂失期满办结(只能选一种)"
        open={step === 'outcome'}
        onClose={close}
        form={outcomeForm}
        fields={['outcome', 'refundKind', 'presentPerson', 'note']}
        initialValues={{ outcome: record.documentType === 'invoice' ? 'invoiceCopy' : 'receiptCopy', presentPerson: 'customer' }}
        okText="办结"
        testId="outcome-form"
        submit={(values) => call('lossDeclarations.decideOutcome', { id: record.id, outcome: values.outcome, refundKind: values.refundKind ?? null, presentPerson: values.presentPerson, note: values.note ?? null })}
      >
        <Form.Item name="outcome" label="处理方式">
          <Radio.Group options={Object.entries(lossOutcomes).map(([value, label]) => ({ value, label }))} data-testid="outcome-choice" />
        </Form.Item>
        {chosenOutcome === 'refund' && (
          <Form.Item name="refundKind" label="退款类别" rules={[{ required: true, message: '请选择退款类别' }]} extra="客户本人携带身份证原件,由置业顾问带领到财务,经会计审核后按正常退款手续办理">
            <Select options={Object.entries(refundKinds).map(([value, label]) => ({ value, label }))} />
          </Form.Item>
        )}
        <Form.Item name="presentPerson" label="来办理的是">
          <Radio.Group options={Object.entries(presentPersons).map(([value, label]) => ({ value, label }))} data-testid="present-person" />
        </Form.Item>
        <Form.Item name="note" label="备注">
          <Input maxLength={200} />
        </Form.Item>
      </LossStepModal>

      <LossStepModal<{ reason: string }>
        title="作废遗失声明"
        open={step === 'void'}
        onClose={close}
        form={voidForm}
        fields={['reason']}
        okText="作废"
        testId="void-form"
        submit={(values) => call('lossDeclarations.void', { id: record.id, reason: values.reason })}
      >
        <Form.Item name="reason" label="作废原因" rules={[{ required: true, message: '请填写作废原因' }]}>
          <Input.TextArea maxLength={200} autoSize={{ minRows: 2 }} />
        </Form.Item>
      </LossStepModal>

      <LossStepModal<PrintValues>
        title="打印遗失声明"
        open={step === 'print'}
        onClose={close}
        form={printForm}
        fields={['copy', 'fullIdNumber', 'confirmMarkedNames']}
        initialValues={{ copy: copyable ? 'outcome' : 'declaration', fullIdNumber: false, confirmMarkedNames: false }}
        okText="打印"
        testId="print-form"
        submit={async (values) => printed.show(await call('lossDeclarations.print', { id: record.id, copy: values.copy, fullIdNumber: values.fullIdNumber, confirmMarkedNames: values.confirmMarkedNames }))}
      >
        <Form.Item name="copy" label="打印内容">
          <Radio.Group
            options={[
              { value: 'declaration', label: '遗失声明(一式贰份:营销部、财务部留存联)' },
              { value: 'outcome', label: '交客户留存的复印件(b/c)', disabled: !copyable },
            ]}
          />
        </Form.Item>
        <Form.Item name="fullIdNumber" valuePropName="checked" extra="本次打印的选择会记入修改记录">
          <Checkbox data-testid="print-full-id">打印完整身份证号(默认隐去中间 8 位)</Checkbox>
        </Form.Item>
        {markedNames.length > 0 && (
          <Form.Item
            name="confirmMarkedNames"
            valuePropName="checked"
            extra={`打印字体没有的字将印为代码:${markedNames.map((name) => [...name].map((char) => (findMissingGlyphs(ranges!, char).length > 0 ? missingGlyphPlaceholder(char) : char)).join('')).join('、')}`}
          >
            <Checkbox data-testid="print-confirm-marked">已与身份证核对姓名,照此打印</Checkbox>
          </Form.Item>
        )}
      </LossStepModal>
      <PrintPreviewModal printed={printed.printed} onClose={printed.close} />
    </Space>
  );
}

import { Form, Input, Radio } from 'antd';
import { repairChargeTypes, type RepairChargeType } from '../../../../../shared/domain/repairs/repair';
import type { RepairRecord } from '../../../../../shared/domain/repairs/repairRecords';
import { SubmitTextArea } from '../../../forms/SubmitTextArea';
import { enumOptions } from '../../../forms/enumOptions';
import { StepModal } from '../../../forms/StepModal';

interface Values {
  result: string;
  materials?: string;
  chargeType: RepairChargeType;
  charge?: string;
}

/** 完成: 处理结果, 材料 and the charge (免费, or per the price list in 元 with at most two decimals). */
export function RepairCompleteModal({ open, repair, onClose }: { open: boolean; repair: Pick<RepairRecord, 'id' | 'number'>; onClose: () => void }) {
  return (
    <StepModal<'repairs.complete', Values>
      width={600}
      open={open}
      title={`完成 · ${repair.number}`}
      channel="repairs.complete"
      fields={['result', 'materials', 'chargeType', 'charge']}
      initialValues={{ chargeType: 'free' }}
      toInput={(values) => ({ id: repair.id, result: values.result, materials: values.materials ?? null, chargeType: values.chargeType, charge: values.charge ?? null })}
      success="已登记完成,待回访"
      onClose={onClose}
    >
      <Form.Item name="result" label="处理结果" rules={[{ required: true, whitespace: true, message: '请填写处理结果' }]}>
        <SubmitTextArea maxLength={2000} />
      </Form.Item>
      <Form.Item name="materials" label="材料">
        <Input maxLength={500} placeholder="如 阀芯 1 个" />
      </Form.Item>
      <Form.Item name="chargeType" label="收费方式" rules={[{ required: true, message: '请选择收费方式' }]}>
        <Radio.Group options={enumOptions(repairChargeTypes)} />
      </Form.Item>
      <Form.Item name="charge" label="金额(元)">
        <Input inputMode="decimal" placeholder="如 35.50;免费不填" />
      </Form.Item>
    </StepModal>
  );
}

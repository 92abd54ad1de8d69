import { Col, Form, Input, Radio, Select } from 'antd';
import { repairCategories, repairUrgencies, repairWorkKinds } from '../../../../shared/domain/repairs/repair';
import { enumOptions } from '../../forms/enumOptions';

/** 报修位置, 报修类别, 维修类/非维修类 and 紧急程度: what a repair needs beyond who called about what. */
export function RepairClassificationFields() {
  return (
    <>
      <Col span={8}>
        <Form.Item name="location" label="报修位置">
          <Input maxLength={100} placeholder="如 主卫、厨房、2号楼电梯厅" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="category" label="报修类别" rules={[{ required: true, message: '请选择报修类别' }]}>
          <Select options={enumOptions(repairCategories)} placeholder="选择类别" showSearch={{ optionFilterProp: 'label' }} />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="workKind" label="维修性质" rules={[{ required: true, message: '请选择维修类或非维修类' }]}>
          <Radio.Group options={enumOptions(repairWorkKinds)} aria-label="维修性质" />
        </Form.Item>
      </Col>
      <Col span={8}>
        <Form.Item name="urgency" label="紧急程度">
          <Radio.Group options={enumOptions(repairUrgencies)} aria-label="紧急程度" />
        </Form.Item>
      </Col>
    </>
  );
}

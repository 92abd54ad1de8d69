import { describe, expect, it } from 'vitest';
import { fieldLabel, fieldLabels } from '../../../shared/domain/fieldLabels';
import { complaintIntakeFields } from '../../../shared/domain/complaints/complaintSchemas';
import { roomInput, staffInput } from '../../../shared/domain/office/officeSchemas';

describe('fieldLabel', () => {
  it('names a top-level field in Chinese', () => {
    expect(fieldLabel(['phone'])).toBe('联系电话');
    expect(fieldLabel(['complainantName'])).toBe('投诉人');
  });

  it('names a nested field by its innermost known name', () => {
    expect(fieldLabel(['owners', 0, 'phone'])).toBe('业主电话');
    expect(fieldLabel(['owners', 0, 'name'])).toBe('业主姓名');
    expect(fieldLabel(['owners', 1])).toBe('业主');
  });

  it('never echoes a name no schema declares', () => {
    expect(fieldLabel(['mystery', 2])).toBe('输入内容');
  });

  it('has a label for every field of the intake, staff and room forms', () => {
    const fields = [...Object.keys(complaintIntakeFields.shape), ...Object.keys(staffInput.shape), ...Object.keys(roomInput.shape)];
    const unlabelled = fields.filter((field) => !fieldLabels[field]);
    expect(unlabelled).toEqual([]);
  });
});

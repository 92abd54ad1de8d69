import { Alert, Form, Input } from 'antd';
import type { CallRecord } from '../../../../shared/domain/calls/call';
import { unlinkedRoomProblem } from '../../../../shared/domain/roomPlace';
import { RoomField } from '../../components/RoomField';
import { useGlyphRule } from '../../hooks/useGlyphRule';

/** What the call left open for a repair or complaint: a room that is neither registered nor a place, a caller without a name. */
export function callGaps(call: CallRecord) {
  return {
    room: call.roomId === null && unlinkedRoomProblem(call.roomLabel) !== null,
    name: !call.callerName,
  };
}

/** The form's values for those gaps, as the conversion channels take them (nothing when the call said it). */
export function callSubjectInput(call: CallRecord, values: { roomId?: number | null; roomText?: string; complainantName?: string }) {
  const gaps = callGaps(call);
  return {
    ...(gaps.room && { roomId: values.roomId ?? null, roomText: values.roomText?.trim() || null }),
    ...(gaps.name && { name: values.complainantName?.trim() ?? null }),
  };
}

/**
 * The room and the person, asked only when the call did not give them: a room typed at the phone that matches no
 * registered room is chosen again (a room, 公共区域 or 非登记房号), and a caller who gave no name is named here —
 * the record never keeps a placeholder such as “来电人”.
 */
export function CallSubjectFields({ call, personLabel }: { call: CallRecord; personLabel: string }) {
  const glyphRule = useGlyphRule();
  const gaps = callGaps(call);
  if (!gaps.room && !gaps.name) return null;
  return (
    <>
      {gaps.room && call.roomLabel && (
        <Alert type="warning" showIcon style={{ marginBottom: 12 }} title={`来电时房号填写为“${call.roomLabel}”，不是已登记的房屋：请重新选择房屋，或选择公共区域、非登记房号。`} />
      )}
      {gaps.room && <RoomField glyphRule={glyphRule} />}
      {gaps.name && (
        <Form.Item name="complainantName" label={personLabel} rules={[{ required: true, whitespace: true, message: `来电时没有留下姓名：请填写${personLabel}` }, glyphRule]}>
          <Input maxLength={40} />
        </Form.Item>
      )}
    </>
  );
}

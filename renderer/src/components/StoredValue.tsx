/**
 * A form value with no control of its own (e.g. the roomId behind the 房号 text): Form.Item needs a child to
 * register the field, and this one renders nothing.
 */
export function StoredValue(_props: { value?: unknown; onChange?: (value: unknown) => void }) {
  return null;
}

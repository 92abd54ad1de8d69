import { useState } from 'react';
import type { PrintedForm } from '../../../../shared/domain/records';

/** The last printed declaration, held for the preview dialog. */
export function usePrintedFormState() {
  const [value, setValue] = useState<PrintedForm | null>(null);
  return { value, show: (printed: PrintedForm) => setValue(printed), close: () => setValue(null) };
}

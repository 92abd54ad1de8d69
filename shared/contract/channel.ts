import type { z } from 'zod';
import type { Access } from '../domain/access';

/**
 * One IPC channel: its zod input schema, who may call it, and, as a type only, its output.
 * `_output` never exists at run time; it carries the output type to the client and the handlers.
 */
export interface Channel<Input extends z.ZodType, Output, A extends Access = Access> {
  input: Input;
  summary: string;
  access: A;
  readonly _output?: Output;
}

/** `access` defaults to any signed-in staff member; sign-in itself is `public`. */
export function channel<Output>() {
  return <Input extends z.ZodType, A extends Access = 'staff'>(
    input: Input,
    summary: string,
    access: A = 'staff' as A,
  ): Channel<Input, Output, A> => ({ input, summary, access });
}

import type { z } from 'zod';

/**
 * One IPC channel: its zod input schema and, as a type only, its output.
 * `_output` never exists at run time; it carries the output type to the client and the handlers.
 */
export interface Channel<Input extends z.ZodType, Output> {
  input: Input;
  summary: string;
  readonly _output?: Output;
}

export function channel<Output>() {
  return <Input extends z.ZodType>(input: Input, summary: string): Channel<Input, Output> => ({ input, summary });
}

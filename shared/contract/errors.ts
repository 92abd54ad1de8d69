/** The structured error every channel answers with; `message` is what the clerk reads (zh-CN). */
export const errorCodes = {
  invalid_input: '输入有误',
  not_found: '记录不存在',
  conflict: '数据冲突',
  rule: '不符合业务规则',
  unauthenticated: '未登录',
  forbidden: '无权操作',
  unknown_channel: '未知的操作',
  internal: '系统内部错误',
} as const;
export type ErrorCode = keyof typeof errorCodes;

export interface FieldIssue {
  /** Dotted path of the field, e.g. `owners.0.phone`. */
  field: string;
  message: string;
}

export interface AppError {
  code: ErrorCode;
  message: string;
  /** The first field at fault, for forms to focus. */
  field?: string;
  issues?: FieldIssue[];
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: AppError };

/** Thrown by services for a broken domain rule; the boundary turns it into an AppError. */
export class DomainError extends Error {
  constructor(
    readonly code: Exclude<ErrorCode, 'invalid_input' | 'internal' | 'unknown_channel'>,
    message: string,
    readonly field?: string,
  ) {
    super(message);
    this.name = 'DomainError';
  }
}

/**
 * A refusal whose own record must stay (a failed sign-in is counted and written to the history): dispatch commits
 * what the call wrote before it, then answers the error.
 */
export class RecordedRefusal extends DomainError {}

/** Thrown by the typed client when a call answers `{ ok: false }`, so callers can `catch` it. */
export class CallError extends Error {
  constructor(readonly error: AppError) {
    super(error.message);
    this.name = 'CallError';
  }
}

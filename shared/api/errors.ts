// Errors a user may see. Every message is a complete Chinese sentence; the code is for programs.

export const ERROR_CODES = [
  'INVALID_INPUT', // input failed the method's schema
  'INPUT_TOO_LARGE', // input larger than the method accepts
  'UNKNOWN_METHOD', // no such API method
  'NOT_FOUND', // the plan (or other record) does not exist
  'CONFLICT', // the operation does not fit the record's state (e.g. restoring a plan that is not deleted)
  'DATABASE_TOO_NEW', // the database was written by a newer PlanDesk
  'NOT_A_PLANDESK_DATABASE', // the file is not a PlanDesk database
  'NOT_A_DOCUMENT', // an import file that is not a readable text or .docx (binary, empty, damaged, encrypted)
  'FORBIDDEN', // web host: missing or wrong token
  'UNAVAILABLE', // a tool the operation needs is missing on this PC (no Chromium to print a PDF)
  'INTERNAL', // a bug or an unexpected failure
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorBody {
  code: ErrorCode;
  message: string;
}

/** A failure with a message meant for the user. Services throw it; the dispatcher returns it. */
export class PlanDeskError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string) {
    super(message);
    this.name = 'PlanDeskError';
    this.code = code;
  }
  toBody(): ApiErrorBody {
    return { code: this.code, message: this.message };
  }
}

export function isPlanDeskError(e: unknown): e is PlanDeskError {
  return e instanceof PlanDeskError;
}

export type ApiResult<T> = { ok: true; result: T } | { ok: false; error: ApiErrorBody };

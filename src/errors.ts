// Error classes by category. A message says where it came from and ends with what was expected;
// callers (and tests) branch on the class or `code`, never on the message text.

export type ErrorCode =
  | 'INVALID_INPUT'
  | 'UNSUPPORTED_FORMAT'
  | 'NOT_FOUND'
  | 'STORE_UNAVAILABLE'
  | 'STORE_LOCKED'
  | 'STORE_AUTH'
  | 'QUERY_FAILED'
  | 'CONFIG'
  | 'TOO_LARGE';

export class KgError extends Error {
  readonly code: ErrorCode;
  constructor(code: ErrorCode, message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = new.target.name;
    this.code = code;
  }
}

/** Input that cannot be read as an article: empty, binary, malformed. */
export class InvalidInputError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('INVALID_INPUT', message, options);
  }
}

/** A file whose extension kg does not read. */
export class UnsupportedFormatError extends KgError {
  constructor(message: string) {
    super('UNSUPPORTED_FORMAT', message);
  }
}

/** Input over a configured limit (article size). */
export class TooLargeError extends KgError {
  constructor(message: string) {
    super('TOO_LARGE', message);
  }
}

export class NotFoundError extends KgError {
  constructor(message: string) {
    super('NOT_FOUND', message);
  }
}

/** Settings or command-line values that do not validate. */
export class ConfigError extends KgError {
  constructor(message: string) {
    super('CONFIG', message);
  }
}

/** The store cannot be reached or opened. */
export class StoreUnavailableError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_UNAVAILABLE', message, options);
  }
}

/** Another process holds the embedded store. */
export class StoreLockedError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_LOCKED', message, options);
  }
}

/** The server refused the credentials. */
export class StoreAuthError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('STORE_AUTH', message, options);
  }
}

/** A query the store rejected or failed to run. */
export class QueryError extends KgError {
  constructor(message: string, options?: { cause?: unknown }) {
    super('QUERY_FAILED', message, options);
  }
}

export function errorMessage(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}

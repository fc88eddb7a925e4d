export type ApiErrorKind = 'network' | 'timeout' | 'http' | 'not-json' | 'schema';

export interface SchemaIssue {
  path: string;
  message: string;
}

/** Every way a request can fail, typed, so the UI can say what failed and the query layer can decide to retry. */
export class ApiRequestError extends Error {
  override readonly name = 'ApiRequestError';
  readonly kind: ApiErrorKind;
  readonly url: string;
  readonly status: number | undefined;
  readonly issues: SchemaIssue[];

  constructor(init: { kind: ApiErrorKind; url: string; message: string; status?: number; issues?: SchemaIssue[] }) {
    super(init.message);
    this.kind = init.kind;
    this.url = init.url;
    this.status = init.status;
    this.issues = init.issues ?? [];
  }

  /** Retrying cannot fix a client error or a body of the wrong shape. */
  get isPermanent(): boolean {
    return this.kind === 'schema' || (this.kind === 'http' && this.status !== undefined && this.status < 500);
  }
}

export function isApiRequestError(error: unknown): error is ApiRequestError {
  return error instanceof ApiRequestError;
}

// The one place that talks HTTP to the API: POST /graphql with the bearer token, an Idempotency-Key on
// every mutation, and every failure turned into an ApiError whose message is the i18n key errors.<CODE>.
import { HttpError } from 'react-admin';

/** Codes the client itself raises when the API cannot say anything. */
export const CLIENT_ERROR_CODES = ['NETWORK_ERROR', 'BAD_RESPONSE', 'NOT_SUPPORTED'] as const;

const STATUS_OF_CODE: Readonly<Record<string, number>> = {
  UNAUTHENTICATED: 401,
  INVALID_CREDENTIALS: 401,
  FORBIDDEN: 403,
  NOT_FOUND: 404,
  CONFLICT: 409,
  IDEMPOTENCY_KEY_REUSED: 422,
  IDEMPOTENCY_KEY_IN_PROGRESS: 409,
  TOO_MANY_REQUESTS: 429,
  RATE_LIMITED: 429,
  PAYLOAD_TOO_LARGE: 413,
  UNSUPPORTED_MEDIA_TYPE: 415,
  INTERNAL_SERVER_ERROR: 500,
  NETWORK_ERROR: 503,
  BAD_RESPONSE: 502,
};

export interface GraphQLErrorBody {
  readonly message?: string;
  readonly path?: readonly (string | number)[];
  readonly extensions?: { readonly code?: string; readonly [key: string]: unknown };
}

/**
 * A failed API call. `message` is `errors.<CODE>` (react-admin translates it when notifying), `code` the
 * stable code, `extensions` whatever the API sent along (violations, deficiencies, currentVersion…).
 * `status` follows HTTP so react-admin's auth provider sees 401/403.
 */
export class ApiError extends HttpError {
  readonly code: string;
  readonly extensions: Readonly<Record<string, unknown>>;
  readonly serverMessage: string | undefined;

  constructor(code: string, extensions: Readonly<Record<string, unknown>> = {}, serverMessage?: string) {
    super(`errors.${code}`, STATUS_OF_CODE[code] ?? 400, { code, extensions, serverMessage });
    // HttpError resets the prototype to its own; restore ours so instanceof and getters work.
    Object.setPrototypeOf(this, new.target.prototype);
    this.name = 'ApiError';
    this.code = code;
    this.extensions = extensions;
    this.serverMessage = serverMessage;
  }

  /** Someone else changed the record since it was read: reload before trying again. */
  get isConflict(): boolean {
    return this.code === 'CONFLICT';
  }
}

/** The first error of a JSON answer shaped `{ errors: [{ message, extensions: { code } }] }`, if any. */
export function apiErrorOf(
  body: { readonly errors?: readonly GraphQLErrorBody[] | null } | null | undefined,
  status: number,
): ApiError | undefined {
  const [first] = body?.errors ?? [];
  if (!first) return undefined;
  const { code = status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_RESPONSE', ...rest } = first.extensions ?? {};
  return new ApiError(code, rest, first.message);
}

export const isApiError = (error: unknown): error is ApiError => error instanceof ApiError;

export interface GraphQLClientOptions {
  /** Absolute or relative (`/graphql`, proxied by Vite in development and served by the API in production). */
  readonly url?: string;
  readonly getToken?: () => string | undefined;
  readonly fetch?: typeof fetch;
  readonly newIdempotencyKey?: () => string;
}

export interface GraphQLRequestOptions {
  /** Mutations get an Idempotency-Key so a retried request is answered once. */
  readonly mutation?: boolean;
  readonly signal?: AbortSignal;
}

export type GraphQLRequest = <T>(
  query: string,
  variables?: Readonly<Record<string, unknown>>,
  options?: GraphQLRequestOptions,
) => Promise<T>;

const operationNameOf = (query: string): string | undefined =>
  /^\s*(?:query|mutation)\s+([_A-Za-z][_0-9A-Za-z]*)/.exec(query)?.[1];

export function createGraphQLClient(options: GraphQLClientOptions = {}): GraphQLRequest {
  const url = options.url ?? '/graphql';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const newKey = options.newIdempotencyKey ?? (() => crypto.randomUUID());

  return async <T>(
    query: string,
    variables: Readonly<Record<string, unknown>> = {},
    requestOptions: GraphQLRequestOptions = {},
  ): Promise<T> => {
    const mutation = requestOptions.mutation ?? /^\s*mutation\b/.test(query);
    const headers: Record<string, string> = {
      'Content-Type': 'application/json',
      Accept: 'application/graphql-response+json, application/json',
    };
    const token = options.getToken?.();
    if (token) headers.Authorization = `Bearer ${token}`;
    if (mutation) headers['Idempotency-Key'] = newKey();

    let response: Response;
    try {
      response = await doFetch(url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables, operationName: operationNameOf(query) }),
        ...(requestOptions.signal ? { signal: requestOptions.signal } : {}),
      });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('NETWORK_ERROR');
    }

    let body: { data?: T | null; errors?: readonly GraphQLErrorBody[] };
    try {
      body = (await response.json()) as typeof body;
    } catch {
      throw new ApiError(response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_RESPONSE');
    }
    const refused = apiErrorOf(body, response.status);
    if (refused) throw refused;
    if (!response.ok || body.data == null) throw new ApiError('BAD_RESPONSE');
    return body.data;
  };
}

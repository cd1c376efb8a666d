// Evidence files travel outside GraphQL (multipart up, bytes down) on the API's /files routes, with the
// same bearer token. A download is a fetch turned into a blob: a bare link could not carry the token.
import type { EvidenceKind } from '@etik/domain';
import type { EvidenceFile } from './api-types';
import { ApiError, apiErrorOf, type GraphQLErrorBody } from './graphql-client';

export interface FileClientOptions {
  /** Where `/files/...` paths are resolved: the API's origin (same origin in production and in Vite). */
  readonly baseUrl?: string;
  readonly getToken?: () => string | undefined;
  readonly fetch?: typeof fetch;
}

export interface EvidenceUpload {
  readonly kind: EvidenceKind;
  readonly description?: string;
  readonly file: File;
}

export interface DownloadedFile {
  readonly blob: Blob;
  readonly fileName: string;
}

/** The file name a Content-Disposition header gives (RFC 6266: `filename*` first), if any. */
export function fileNameOf(disposition: string | null): string | undefined {
  if (!disposition) return undefined;
  const extended = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(disposition)?.[1];
  if (extended) {
    try {
      return decodeURIComponent(extended.trim());
    } catch {
      // fall through to the plain name
    }
  }
  return /filename\s*=\s*"([^"]*)"/i.exec(disposition)?.[1] ?? undefined;
}

async function refusalOf(response: Response): Promise<ApiError> {
  let body: { errors?: GraphQLErrorBody[] } | undefined;
  try {
    body = (await response.json()) as typeof body;
  } catch {
    body = undefined;
  }
  return (
    apiErrorOf(body, response.status) ??
    new ApiError(response.status >= 500 ? 'INTERNAL_SERVER_ERROR' : 'BAD_RESPONSE')
  );
}

export function createFileClient(options: FileClientOptions = {}) {
  const baseUrl = options.baseUrl ?? '';
  const doFetch = options.fetch ?? ((input, init) => globalThis.fetch(input, init));
  const authorised = (): Record<string, string> => {
    const token = options.getToken?.();
    return token ? { Authorization: `Bearer ${token}` } : {};
  };
  const send = async (url: string, init: RequestInit): Promise<Response> => {
    try {
      return await doFetch(url, init);
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') throw error;
      throw new ApiError('NETWORK_ERROR');
    }
  };

  return {
    /** POST /files/evidence?caseId=… (multipart: kind, description, file); answers the stored file. */
    async uploadEvidence(caseId: string, upload: EvidenceUpload): Promise<EvidenceFile> {
      const form = new FormData();
      form.append('kind', upload.kind);
      if (upload.description?.trim()) form.append('description', upload.description.trim());
      form.append('file', upload.file, upload.file.name);
      const response = await send(`${baseUrl}/files/evidence?caseId=${encodeURIComponent(caseId)}`, {
        method: 'POST',
        headers: { Accept: 'application/json', ...authorised() },
        body: form,
      });
      if (!response.ok) throw await refusalOf(response);
      try {
        const { evidence } = (await response.json()) as { evidence: EvidenceFile };
        if (!evidence?.sha256) throw new Error('no evidence in the answer');
        return evidence;
      } catch {
        throw new ApiError('BAD_RESPONSE');
      }
    },

    /** GET of a `downloadPath` with the token; the API audits the download before sending the bytes. */
    async download(path: string, fallbackName = 'evidence'): Promise<DownloadedFile> {
      const response = await send(`${baseUrl}${path}`, { method: 'GET', headers: authorised() });
      if (!response.ok) throw await refusalOf(response);
      const blob = await response.blob();
      return { blob, fileName: fileNameOf(response.headers.get('content-disposition')) ?? fallbackName };
    },
  };
}

export type FileClient = ReturnType<typeof createFileClient>;

/** Hands a downloaded blob to the browser as a file to save, then lets the object URL go. */
export function saveBlob({ blob, fileName }: DownloadedFile, doc: Document = document): void {
  const url = URL.createObjectURL(blob);
  const link = doc.createElement('a');
  link.href = url;
  link.download = fileName;
  link.rel = 'noopener';
  link.style.display = 'none';
  doc.body.appendChild(link);
  link.click();
  link.remove();
  // Some browsers read the URL after click() returns.
  setTimeout(() => URL.revokeObjectURL(url), 30_000);
}

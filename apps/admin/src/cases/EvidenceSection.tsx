// Evidence files of a case: the list (kind, name, size, SHA-256, who uploaded when) with a download that
// carries the bearer token (fetch → blob → save), and, for those who may add evidence, the upload form.
// After an upload the SHA-256 the server computed is shown, so the clerk can compare it with their copy.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import {
  useDataProvider,
  useLocaleState,
  useNotify,
  usePermissions,
  useRefresh,
  useTranslate,
} from 'react-admin';
import { EVIDENCE_KINDS, type EvidenceKind } from '@etik/domain';
import type { EthicsCaseRecord, EvidenceFile } from '../providers/api-types';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import { saveBlob } from '../providers/file-client';
import { isApiError } from '../providers/graphql-client';
import { formatBytes } from '../shared/bytes';
import { useDomainLabel } from '../shared/domain-labels';
import { formatDateTime } from '../shared/time';
import { useCaseZone } from './case-zone';

/** What the API accepts (apps/api evidence-store EVIDENCE_MEDIA_TYPES); the browser's picker offers these. */
export const ACCEPTED_TYPES =
  'application/pdf,image/jpeg,image/png,video/mp4,audio/mpeg,text/plain,.pdf,.jpg,.jpeg,.png,.mp4,.mp3,.txt';

/** The roles the API lets add evidence: the handling commission's officers and commissioners, the examiners on the team. */
export function mayUploadEvidence(permissions: Permissions | undefined, record: EthicsCaseRecord): boolean {
  if (!permissions) return false;
  if (permissions.role === 'examiner') return true; // the API shows an examiner only the cases of their team
  return (
    (permissions.role === 'officer' || permissions.role === 'commissioner') &&
    permissions.commissionId === record.commission.id
  );
}

/** The i18n key and arguments that explain a refused upload, by the API's code (and its details). */
export function uploadErrorMessage(
  error: unknown,
  locale: string,
): { readonly key: string; readonly args?: Record<string, unknown> } {
  if (!isApiError(error)) return { key: 'ra.notification.http_error' };
  const { code, extensions } = error;
  if (code === 'PAYLOAD_TOO_LARGE') {
    const max = extensions.maxBytes;
    return typeof max === 'number'
      ? { key: 'evidence.errors.PAYLOAD_TOO_LARGE', args: { max: formatBytes(max, locale) } }
      : { key: 'evidence.errors.PAYLOAD_TOO_LARGE_UNKNOWN' };
  }
  if (code === 'UNSUPPORTED_MEDIA_TYPE' && extensions.reason === 'CONTENT_MISMATCH') {
    return { key: 'evidence.errors.CONTENT_MISMATCH', args: { mediaType: extensions.mediaType ?? '' } };
  }
  const own = [
    'UNSUPPORTED_MEDIA_TYPE',
    'BAD_USER_INPUT',
    'FORBIDDEN',
    'OUT_OF_JURISDICTION',
    'NOT_FOUND',
  ].includes(code);
  return { key: own ? `evidence.errors.${code}` : error.message };
}

function EvidenceItem({ file }: { readonly file: EvidenceFile }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const notify = useNotify();
  const [locale] = useLocaleState();
  const zone = useCaseZone();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const [busy, setBusy] = useState(false);
  const download = async () => {
    setBusy(true);
    try {
      saveBlob(await dataProvider.downloadEvidence(file));
    } catch (error) {
      notify(isApiError(error) ? error.message : 'ra.notification.http_error', { type: 'error' });
    } finally {
      setBusy(false);
    }
  };
  return (
    <Box
      component="li"
      sx={{ py: 1, borderBottom: 1, borderColor: 'divider', display: 'grid', gap: 0.5, minWidth: 0 }}
    >
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        <Typography component="span" sx={{ fontWeight: 600, overflowWrap: 'anywhere', flex: '1 1 12rem' }}>
          {file.fileName}
        </Typography>
        <Button
          size="small"
          variant="outlined"
          onClick={() => void download()}
          disabled={busy}
          aria-label={translate('evidence.download', { name: file.fileName })}
        >
          {translate(busy ? 'evidence.downloading' : 'evidence.downloadShort')}
        </Button>
      </Box>
      <Typography variant="body2" color="text.secondary">
        {[
          label('evidenceKind', file.kind),
          file.description,
          formatBytes(file.size, locale),
          `${translate('evidence.uploaded')} ${formatDateTime(file.uploadedAt, locale, zone)}`,
          file.uploadedByRole ? label('role', file.uploadedByRole) : undefined,
        ]
          .filter(Boolean)
          .join(' · ')}
      </Typography>
      <Typography variant="body2" component="p" sx={{ m: 0 }}>
        <Box component="span" sx={{ color: 'text.secondary' }}>
          {translate('evidence.sha256')}:{' '}
        </Box>
        <Box component="code" sx={{ fontFamily: 'monospace', fontSize: 13, overflowWrap: 'anywhere' }}>
          {file.sha256}
        </Box>
      </Typography>
    </Box>
  );
}

function UploadForm({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const refresh = useRefresh();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const fileInput = useRef<HTMLInputElement>(null);
  const ids = useId();
  const [kind, setKind] = useState<EvidenceKind | ''>('');
  const [description, setDescription] = useState('');
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [stored, setStored] = useState<EvidenceFile>();
  const [error, setError] = useState<unknown>();

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!file || !kind) return;
    setBusy(true);
    setError(undefined);
    setStored(undefined);
    try {
      const evidence = await dataProvider.uploadEvidence(record.id, {
        kind,
        file,
        ...(description.trim() ? { description: description.trim() } : {}),
      });
      setStored(evidence);
      setDescription('');
      setFile(undefined);
      if (fileInput.current) fileInput.current.value = '';
      refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  };
  const problem = error === undefined ? undefined : uploadErrorMessage(error, locale);

  return (
    <Box
      component="form"
      onSubmit={(event) => void submit(event)}
      aria-labelledby={`${ids}-title`}
      noValidate
      sx={{ mt: 2, display: 'grid', gap: 1.5, maxWidth: 640 }}
    >
      <Typography id={`${ids}-title`} variant="subtitle1" component="h3" sx={{ fontWeight: 600 }}>
        {translate('evidence.uploadTitle')}
      </Typography>
      <TextField
        select
        size="small"
        required
        id={`${ids}-kind`}
        label={translate('evidence.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value as EvidenceKind)}
      >
        {EVIDENCE_KINDS.map((code) => (
          <MenuItem key={code} value={code}>
            {label('evidenceKind', code)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        size="small"
        id={`${ids}-description`}
        label={translate('evidence.description')}
        value={description}
        onChange={(event) => setDescription(event.target.value)}
      />
      <Box>
        <Typography id={`${ids}-file-caption`} variant="body2" sx={{ mb: 0.5 }}>
          {translate('evidence.file')}
        </Typography>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
          {/* A button-looking label around a visually hidden input: keyboard users tab to the button
              (Enter or Space opens the picker), and the words are the app's, not the browser's. */}
          <Button
            component="label"
            variant="outlined"
            size="small"
            onKeyDown={(event) => {
              // A label is no button to the browser: Enter and Space must open the picker themselves.
              if (event.key === 'Enter' || event.key === ' ') {
                event.preventDefault();
                fileInput.current?.click();
              }
            }}
          >
            {translate('evidence.chooseFile')}
            <Box
              component="input"
              ref={fileInput}
              type="file"
              accept={ACCEPTED_TYPES}
              required
              tabIndex={-1}
              aria-describedby={`${ids}-file-caption ${ids}-file-name`}
              onChange={(event: ChangeEvent<HTMLInputElement>) =>
                setFile(event.target.files?.[0] ?? undefined)
              }
              sx={{
                clip: 'rect(0 0 0 0)',
                clipPath: 'inset(50%)',
                height: 1,
                width: 1,
                overflow: 'hidden',
                position: 'absolute',
                whiteSpace: 'nowrap',
                bottom: 0,
                left: 0,
              }}
            />
          </Button>
          <Typography
            id={`${ids}-file-name`}
            variant="body2"
            color={file ? 'text.primary' : 'text.secondary'}
            aria-live="polite"
            sx={{ overflowWrap: 'anywhere' }}
          >
            {file ? `${file.name} (${formatBytes(file.size, locale)})` : translate('evidence.noFile')}
          </Typography>
        </Box>
      </Box>
      <Box>
        <Button type="submit" variant="contained" disabled={busy || !file || !kind}>
          {translate(busy ? 'evidence.uploading' : 'evidence.submit')}
        </Button>
      </Box>
      {stored && (
        <Alert severity="success" role="status">
          {translate('evidence.uploadedOk', { name: stored.fileName })}{' '}
          <Box component="code" sx={{ fontFamily: 'monospace', overflowWrap: 'anywhere' }}>
            {stored.sha256}
          </Box>
          <Box component="span" sx={{ display: 'block', mt: 0.5, fontSize: 13 }}>
            {translate('evidence.hashNote')}
          </Box>
        </Alert>
      )}
      {problem && (
        <Alert severity="error" role="alert">
          {translate(problem.key, problem.args)}
        </Alert>
      )}
    </Box>
  );
}

export function EvidenceSection({ record }: { readonly record: EthicsCaseRecord }) {
  const translate = useTranslate();
  const { permissions } = usePermissions<Permissions>();
  const files = record.evidence ?? [];
  return (
    <>
      {files.length === 0 ? (
        <Typography color="text.secondary">{translate('evidence.none')}</Typography>
      ) : (
        <Box
          component="ul"
          aria-label={translate('evidence.listLabel')}
          sx={{ listStyle: 'none', m: 0, p: 0 }}
        >
          {files.map((file) => (
            <EvidenceItem key={file.id} file={file} />
          ))}
        </Box>
      )}
      {mayUploadEvidence(permissions, record) ? (
        <UploadForm record={record} />
      ) : (
        <Typography variant="body2" color="text.secondary" sx={{ mt: 1 }}>
          {translate('evidence.cannotUpload')}
        </Typography>
      )}
    </>
  );
}

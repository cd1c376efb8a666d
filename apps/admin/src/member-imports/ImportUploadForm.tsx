// Choose a regency commission, what the file holds (members, or ad hoc bodies to form) and the CSV, upload
// it (POST /files/member-imports or /files/body-imports), then go to the import's page, where its progress is polled. Refusals (too large, not CSV, missing columns) are said here.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useEffect, useId, useRef, useState, type ChangeEvent, type FormEvent } from 'react';
import { useNavigate } from 'react-router-dom';
import { useDataProvider, useGetList, useLocaleState, usePermissions, useTranslate } from 'react-admin';
import type { Commission } from '../providers/api-types';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import { isApiError } from '../providers/graphql-client';
import { formatBytes } from '../shared/bytes';

/** The roles the API lets upload: a regency commission's officers, and the national administrator. */
export const mayImportMembers = (permissions: Permissions | undefined) =>
  permissions?.role === 'officer' || permissions?.role === 'nationalAdmin';

/** The i18n key and arguments that explain a refused upload. */
export function importErrorMessage(
  error: unknown,
  locale: string,
): { key: string; args?: Record<string, unknown> } {
  if (!isApiError(error)) return { key: 'ra.notification.http_error' };
  const { code, extensions } = error;
  if (code === 'PAYLOAD_TOO_LARGE' && typeof extensions.maxBytes === 'number')
    return {
      key: 'directory.imports.refused.PAYLOAD_TOO_LARGE',
      args: { max: formatBytes(extensions.maxBytes, locale) },
    };
  if (code === 'UNSUPPORTED_MEDIA_TYPE') return { key: 'directory.imports.refused.UNSUPPORTED_MEDIA_TYPE' };
  if (code === 'BAD_USER_INPUT' && extensions.reason === 'MISSING_COLUMNS')
    return {
      key: 'directory.imports.refused.MISSING_COLUMNS',
      args: { missing: ((extensions.missing as string[] | undefined) ?? []).join(', ') },
    };
  if (code === 'BAD_USER_INPUT' && typeof extensions.reason === 'string')
    return { key: `directory.imports.refused.${extensions.reason}`, args: { _: error.message } };
  return { key: error.message };
}

export function ImportUploadForm() {
  const translate = useTranslate();
  const [locale = 'id'] = useLocaleState();
  const navigate = useNavigate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const ids = useId();
  const fileInput = useRef<HTMLInputElement>(null);
  const { data: commissions = [] } = useGetList<Commission>('commissions', {
    pagination: { page: 1, perPage: 1000 },
    sort: { field: 'name', order: 'ASC' },
  });
  const regencies = commissions.filter((commission) => commission.level === 'regency');
  const [commissionId, setCommissionId] = useState('');
  const [kind, setKind] = useState<'members' | 'bodies'>('members');
  const [file, setFile] = useState<File | undefined>();
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<{ key: string; args?: Record<string, unknown> } | undefined>();

  // An officer has one commission: chosen for them.
  useEffect(() => {
    if (!commissionId && regencies.length === 1) setCommissionId(regencies[0]!.id);
  }, [commissionId, regencies]);

  if (!mayImportMembers(permissions)) return null;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!file || !commissionId) return;
    setBusy(true);
    setRefusal(undefined);
    try {
      const queued = await dataProvider.uploadMemberImport(commissionId, file, kind);
      navigate(`/member-imports/${encodeURIComponent(queued.memberImport.id)}/show`);
    } catch (error) {
      setRefusal(importErrorMessage(error, locale));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-labelledby={`${ids}-title`}
      sx={{ display: 'flex', flexDirection: 'column', gap: 2, p: 2, maxWidth: 640 }}
    >
      <Typography id={`${ids}-title`} variant="h6" component="h2">
        {translate('directory.imports.uploadTitle')}
      </Typography>
      <TextField
        select
        size="small"
        id={`${ids}-kind`}
        label={translate('directory.imports.kind')}
        value={kind}
        onChange={(event) => setKind(event.target.value === 'bodies' ? 'bodies' : 'members')}
      >
        <MenuItem value="members">{translate('directory.imports.kinds.members')}</MenuItem>
        <MenuItem value="bodies">{translate('directory.imports.kinds.bodies')}</MenuItem>
      </TextField>
      <Typography variant="body2">
        {translate(kind === 'bodies' ? 'directory.imports.uploadHelpBodies' : 'directory.imports.uploadHelp')}
      </Typography>
      <TextField
        select
        required
        size="small"
        id={`${ids}-commission`}
        label={translate('directory.imports.commission')}
        value={commissionId}
        onChange={(event) => setCommissionId(event.target.value)}
      >
        {regencies.map((commission) => (
          <MenuItem key={commission.id} value={commission.id}>
            {commission.name}
          </MenuItem>
        ))}
      </TextField>
      <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'center', gap: 1 }}>
        {/* A button-looking label around a visually hidden input (as for evidence): Enter or Space opens it. */}
        <Button
          component="label"
          variant="outlined"
          size="small"
          onKeyDown={(event) => {
            if (event.key === 'Enter' || event.key === ' ') {
              event.preventDefault();
              fileInput.current?.click();
            }
          }}
        >
          {translate('directory.imports.chooseFile')}
          <Box
            component="input"
            ref={fileInput}
            type="file"
            accept=".csv,text/csv"
            required
            tabIndex={-1}
            aria-describedby={`${ids}-file-name`}
            data-testid="member-csv"
            onChange={(event: ChangeEvent<HTMLInputElement>) => setFile(event.target.files?.[0] ?? undefined)}
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
          aria-live="polite"
          sx={{ overflowWrap: 'anywhere' }}
        >
          {file ? `${file.name} (${formatBytes(file.size, locale)})` : translate('directory.imports.noFile')}
        </Typography>
      </Box>
      {refusal ? (
        <Alert severity="error" role="alert">
          {translate(refusal.key, refusal.args)}
        </Alert>
      ) : null}
      <Box>
        <Button type="submit" variant="contained" disabled={busy || !file || !commissionId}>
          {translate(busy ? 'directory.imports.uploading' : 'directory.imports.upload')}
        </Button>
      </Box>
    </Box>
  );
}

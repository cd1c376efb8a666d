// Dissolves a body (`dissolveAdhocBody`): the day it ceased (in the body's own zone, not in the future) and
// why, e.g. the decree ending its term. The API's refusals are shown in the dialog in words — above all
// BODY_HAS_ACTIVE_MEMBERS, while members still hold seats — and a CONFLICT offers to reload.
import Alert from '@mui/material/Alert';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import TextField from '@mui/material/TextField';
import { useId, useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, useRecordContext, useRefresh, useTranslate } from 'react-admin';
import { timeZoneOfRegion } from '@etik/domain';
import type { EtikDataProvider } from '../providers/data-provider';
import type { BodyRecord } from '../providers/directory-types';
import { isApiError } from '../providers/graphql-client';
import { ConflictAlert } from '../shared/ConflictAlert';
import { zonedInputToIso } from '../shared/time';

export function DissolveBodyButton() {
  const body = useRecordContext<BodyRecord>();
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const titleId = useId();
  const [open, setOpen] = useState(false);
  const [day, setDay] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  if (!body || body.dissolvedAt) return null;

  const close = () => {
    setOpen(false);
    setError(undefined);
  };
  async function submit(event: FormEvent) {
    event.preventDefault();
    const dissolvedAt = zonedInputToIso(`${day}T00:00`, timeZoneOfRegion(body!.regionCode));
    if (!dissolvedAt || !reason.trim()) return;
    setBusy(true);
    try {
      await dataProvider.dissolveAdhocBody(body!, dissolvedAt, reason);
      notify('directory.bodies.dissolved', { type: 'info' });
      close();
      refresh();
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <>
      <Button size="small" color="warning" onClick={() => setOpen(true)}>
        {translate('directory.bodies.dissolve')}
      </Button>
      <Dialog open={open} onClose={close} aria-labelledby={titleId} fullWidth maxWidth="sm">
        <form onSubmit={submit} noValidate>
          <DialogTitle id={titleId}>{`${translate('directory.bodies.dissolve')}: ${body.name}`}</DialogTitle>
          <DialogContent sx={{ display: 'grid', gap: 2, pt: '8px !important' }}>
            <TextField
              type="date"
              required
              label={translate('directory.bodies.dissolvedAt')}
              value={day}
              onChange={(event) => setDay(event.target.value)}
              slotProps={{ inputLabel: { shrink: true } }}
            />
            <TextField
              required
              multiline
              minRows={2}
              label={translate('directory.bodies.dissolveReason')}
              helperText={translate('directory.bodies.dissolveReasonHelp')}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
            />
            {isApiError(error) && error.isConflict ? (
              <ConflictAlert
                onReload={() => {
                  close();
                  refresh();
                }}
              />
            ) : error !== undefined ? (
              <Alert severity="error" role="alert">
                {translate(isApiError(error) ? error.message : 'ra.notification.http_error', {
                  _: translate('ra.notification.http_error'),
                })}
              </Alert>
            ) : null}
          </DialogContent>
          <DialogActions>
            <Button onClick={close}>{translate('commands.cancel')}</Button>
            <Button
              type="submit"
              variant="contained"
              color="warning"
              disabled={busy || !day || !reason.trim() || (isApiError(error) && error.isConflict)}
            >
              {translate('directory.bodies.dissolve')}
            </Button>
          </DialogActions>
        </form>
      </Dialog>
    </>
  );
}

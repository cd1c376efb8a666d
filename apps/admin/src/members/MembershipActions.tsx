// The office's own acts on a seated member, outside a case: end the seat (resignation, death, permanent
// incapacity, end of term), move the member to another body, or record the oath or the integrity pact.
// Each act is dated by the user and may carry the decree or letter behind it; the API checks the rest
// (seats, dates, who may) and its refusal is shown as it words it.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import MenuItem from '@mui/material/MenuItem';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useState, type FormEvent } from 'react';
import { useDataProvider, useNotify, usePermissions, useRefresh, useTranslate } from 'react-admin';
import { MEMBERSHIP_END_REASONS } from '@etik/domain';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import type { MembershipAct } from '../providers/directory-provider';
import type { PersonMembership } from '../providers/directory-types';
import { isApiError } from '../providers/graphql-client';
import { useDomainLabel } from '../shared/domain-labels';
import { localInputToIso } from '../shared/time';

const ACTS = ['endMembership', 'transferMember', 'recordOath', 'recordIntegrityPact'] as const;
type ActKind = (typeof ACTS)[number];

/** Seats that may still change outside a case. */
const SEATED = ['active', 'temporarilyDismissed'];

/** The keepers of a body: its commission's officers and commissioners, and the national administrator. */
export const mayKeepMembers = (permissions: Permissions | undefined) =>
  permissions?.role === 'officer' ||
  permissions?.role === 'commissioner' ||
  permissions?.role === 'nationalAdmin';

function actOf(
  kind: ActKind,
  membershipId: string,
  at: string,
  values: { reason: string; toBodyId: string; reference: string },
): MembershipAct {
  const reference = values.reference.trim() || null;
  switch (kind) {
    case 'endMembership':
      return { kind, membershipId, reason: values.reason, at, reference };
    case 'transferMember':
      return { kind, membershipId, toBodyId: values.toBodyId.trim(), at, reference };
    case 'recordOath':
      return { kind, membershipId, takenAt: at, reference };
    case 'recordIntegrityPact':
      return { kind, membershipId, signedAt: at, reference };
  }
}

export function MembershipActions({ membership }: { readonly membership: PersonMembership }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const [kind, setKind] = useState<ActKind>('endMembership');
  const [reason, setReason] = useState<string>(MEMBERSHIP_END_REASONS[0]);
  const [toBodyId, setToBodyId] = useState('');
  const [at, setAt] = useState('');
  const [reference, setReference] = useState('');
  const [busy, setBusy] = useState(false);
  if (!mayKeepMembers(permissions) || !SEATED.includes(membership.status)) return null;

  const iso = localInputToIso(at);
  const ready = iso !== undefined && (kind !== 'transferMember' || toBodyId.trim() !== '');
  const headingId = `membership-act-${membership.id}`;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!iso) return;
    setBusy(true);
    try {
      await dataProvider.membershipAct(actOf(kind, membership.id, iso, { reason, toBodyId, reference }));
      notify('directory.lifecycle.done', { type: 'info' });
      setAt('');
      setReference('');
      refresh();
    } catch (error) {
      notify(isApiError(error) ? error.message : 'ra.notification.http_error', { type: 'warning' });
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-labelledby={headingId}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1, alignItems: 'center', mt: 1 }}
    >
      <Typography id={headingId} variant="subtitle2" component="h4" sx={{ width: '100%' }}>
        {translate('directory.lifecycle.title')}
      </Typography>
      <TextField
        select
        size="small"
        id={`${headingId}-kind`}
        label={translate('directory.lifecycle.act')}
        value={kind}
        onChange={(event) => setKind(event.target.value as ActKind)}
      >
        {ACTS.map((act) => (
          <MenuItem key={act} value={act}>
            {translate(`directory.lifecycle.${act}`)}
          </MenuItem>
        ))}
      </TextField>
      {kind === 'endMembership' ? (
        <TextField
          select
          size="small"
          id={`${headingId}-reason`}
          label={translate('directory.lifecycle.reason')}
          value={reason}
          onChange={(event) => setReason(event.target.value)}
        >
          {MEMBERSHIP_END_REASONS.map((code) => (
            <MenuItem key={code} value={code}>
              {label('membershipEndReason', code)}
            </MenuItem>
          ))}
        </TextField>
      ) : null}
      {kind === 'transferMember' ? (
        <TextField
          size="small"
          required
          id={`${headingId}-to`}
          label={translate('directory.lifecycle.toBodyId')}
          value={toBodyId}
          onChange={(event) => setToBodyId(event.target.value)}
        />
      ) : null}
      <TextField
        size="small"
        required
        type="datetime-local"
        id={`${headingId}-at`}
        label={translate('directory.lifecycle.at')}
        value={at}
        onChange={(event) => setAt(event.target.value)}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        size="small"
        id={`${headingId}-reference`}
        label={translate('directory.lifecycle.reference')}
        value={reference}
        onChange={(event) => setReference(event.target.value)}
      />
      <Button type="submit" variant="outlined" disabled={busy || !ready}>
        {translate('directory.lifecycle.submit')}
      </Button>
    </Box>
  );
}

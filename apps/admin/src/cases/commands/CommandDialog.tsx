// The form of one command, in a dialog. It sends the case's version with the command; a CONFLICT says
// the case changed meanwhile and offers a reload, and coded details (conflict-of-interest violations,
// deficiencies) are listed in words from the domain's messages.
import Alert from '@mui/material/Alert';
import AlertTitle from '@mui/material/AlertTitle';
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogTitle from '@mui/material/DialogTitle';
import DialogContentText from '@mui/material/DialogContentText';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useMutation } from '@tanstack/react-query';
import { useMemo, useState } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Form, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { CaseCommandType } from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { EtikDataProvider } from '../../providers/data-provider';
import { ApiError, isApiError } from '../../providers/graphql-client';
import { useMessageLabel } from '../../shared/domain-labels';
import { zoneOfCase } from '../case-zone';
import { OccurredAtInputs, isOccurredAtRefusal, occurredAtArgs } from '../OccurredAtInputs';
import { COMMAND_FORMS, type FormValues } from './command-forms';

export interface CommandDialogProps {
  readonly record: EthicsCaseRecord;
  readonly command: CaseCommandType;
  readonly open: boolean;
  readonly onClose: () => void;
  /** Called with the case as the API returns it after the command. */
  readonly onDone?: (record: EthicsCaseRecord) => void;
  readonly now?: () => Date;
}

interface CodedDetail {
  readonly code: string;
  readonly personId?: string;
  readonly field?: string;
  readonly [key: string]: unknown;
}

function ErrorDetails({ error, onReload }: { readonly error: unknown; readonly onReload: () => void }) {
  const translate = useTranslate();
  const message = useMessageLabel();
  if (!isApiError(error)) {
    return <Alert severity="error">{translate('ra.notification.http_error')}</Alert>;
  }
  if (error.isConflict) {
    return (
      <Alert
        severity="warning"
        role="alert"
        action={
          <Button color="inherit" size="small" onClick={onReload}>
            {translate('commands.reload')}
          </Button>
        }
      >
        <AlertTitle>{translate('commands.conflictTitle')}</AlertTitle>
        {translate('errors.CONFLICT')}
      </Alert>
    );
  }
  const violations = (error.extensions.violations as CodedDetail[] | undefined) ?? [];
  const deficiencies = (error.extensions.deficiencies as CodedDetail[] | undefined) ?? [];
  const details = violations.length ? violations : deficiencies;
  return (
    <Alert severity="error" role="alert">
      <AlertTitle>{translate(error.message)}</AlertTitle>
      {details.length > 0 && (
        <>
          {translate(violations.length ? 'commands.violationsTitle' : 'commands.deficienciesTitle')}
          <ul
            aria-label={translate(
              violations.length ? 'commands.violationsTitle' : 'commands.deficienciesTitle',
            )}
          >
            {details.map((detail, index) => (
              <li key={`${detail.code}-${index}`}>
                {message(detail.code)}
                {detail.personId ? ` (${detail.personId})` : detail.field ? ` (${detail.field})` : ''}
              </li>
            ))}
          </ul>
        </>
      )}
    </Alert>
  );
}

export function CommandDialog({
  record,
  command,
  open,
  onClose,
  onDone,
  now = () => new Date(),
}: CommandDialogProps) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const form = COMMAND_FORMS[command];
  const zone = zoneOfCase(record);
  const [error, setError] = useState<unknown>();
  const title = translate(`resources.cases.actions.${command}`);
  const defaults = useMemo(() => form.defaults?.(record, now()) ?? {}, [form, record]);

  const mutation = useMutation({
    mutationFn: (values: FormValues) =>
      dataProvider.transitionCase(
        record.id,
        command,
        { ...form.toPayload(values, record), ...occurredAtArgs(values, zone) },
        record.version,
      ),
    onSuccess: ({ data }) => {
      notify('commands.done', { type: 'success', messageArgs: { command: title } });
      setError(undefined);
      onDone?.(data);
      onClose();
      refresh();
    },
    onError: (caught) => setError(caught),
  });

  const reload = () => {
    setError(undefined);
    onClose();
    refresh();
  };
  const titleId = `command-${command}-title`;
  const descriptionId = `command-${command}-description`;
  /** Into the form: its first field (a confirmation has none: the dialog itself, named by its title, keeps
   * focus). MUI gives focus back to the button that opened the dialog when it closes. */
  const focusFirstField = (node: HTMLElement) => {
    // Someone quicker than the opening animation is already in a field: leave them there.
    const active = node.ownerDocument.activeElement;
    if (
      active &&
      node.contains(active) &&
      active.matches('input, textarea, select, button, [role="combobox"], [tabindex]:not([tabindex="-1"])')
    ) {
      return;
    }
    const field = node.querySelector<HTMLElement>(
      '.MuiDialogContent-root input:not([type="hidden"]):not([disabled]):not([aria-hidden="true"]), .MuiDialogContent-root textarea:not([aria-hidden="true"]), .MuiDialogContent-root [role="combobox"]',
    );
    field?.focus();
  };

  return (
    <Dialog
      open={open}
      onClose={onClose}
      fullWidth
      maxWidth="md"
      fullScreen={fullScreen}
      aria-labelledby={titleId}
      {...(form.Inputs ? {} : { 'aria-describedby': descriptionId })}
      slotProps={{ transition: { onEntered: focusFirstField } }}
    >
      <Form
        defaultValues={defaults}
        onSubmit={(values: FieldValues) => mutation.mutate(values as FormValues)}
        noValidate
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {form.Inputs ? (
            <form.Inputs record={record} error={error} />
          ) : (
            <DialogContentText id={descriptionId}>{translate('commands.confirm')}</DialogContentText>
          )}
          <OccurredAtInputs error={error} zone={zone} />
          {error !== undefined && !isOccurredAtRefusal(error) && (
            <ErrorDetails error={error} onReload={reload} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={onClose}>{translate('commands.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={mutation.isPending || (error instanceof ApiError && error.isConflict)}
          >
            {form.Inputs ? translate('commands.submit') : title}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}

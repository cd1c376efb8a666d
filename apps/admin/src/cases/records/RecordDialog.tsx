// One record action in a dialog: a form asking exactly for what that action needs, sent with the version
// last read. On success the records the API answers with replace the cached ones and the case is
// refreshed (its version, timeline); a refusal stays in the dialog, in words.
import Button from '@mui/material/Button';
import Dialog from '@mui/material/Dialog';
import DialogActions from '@mui/material/DialogActions';
import DialogContent from '@mui/material/DialogContent';
import DialogContentText from '@mui/material/DialogContentText';
import DialogTitle from '@mui/material/DialogTitle';
import useMediaQuery from '@mui/material/useMediaQuery';
import type { Theme } from '@mui/material/styles';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useId, useState, type ReactNode } from 'react';
import type { FieldValues } from 'react-hook-form';
import { Form, useDataProvider, useNotify, useRefresh, useTranslate } from 'react-admin';
import type { RecordActionType } from '@etik/domain';
import type { EtikDataProvider } from '../../providers/data-provider';
import { ApiError } from '../../providers/graphql-client';
import type { CaseRecords, RecordActionArgs } from '../../providers/records-types';
import { useCaseZone } from '../case-zone';
import { OccurredAtInputs, isOccurredAtRefusal, occurredAtArgs } from '../OccurredAtInputs';
import { recordsKey } from './record-actions';
import { RecordError } from './RecordError';

export interface RecordDialogProps<Action extends RecordActionType> {
  readonly action: Action;
  readonly records: CaseRecords;
  readonly title: string;
  readonly open: boolean;
  readonly onClose: () => void;
  readonly toArgs: (values: FieldValues) => RecordActionArgs[Action];
  readonly defaultValues?: FieldValues;
  /** The inputs; none for a confirmation (its text is `confirm`). */
  readonly children?: ReactNode;
  readonly confirm?: string;
}

/** Into the form: its first field; a confirmation keeps focus on the dialog, named by its title. */
const focusFirstField = (node: HTMLElement) => {
  const active = node.ownerDocument.activeElement;
  if (active && node.contains(active) && active.matches('input, textarea, [role="combobox"]')) return;
  node
    .querySelector<HTMLElement>(
      '.MuiDialogContent-root input:not([type="hidden"]):not([disabled]):not([aria-hidden="true"]), .MuiDialogContent-root textarea:not([aria-hidden="true"]), .MuiDialogContent-root [role="combobox"]',
    )
    ?.focus();
};

export function RecordDialog<Action extends RecordActionType>({
  action,
  records,
  title,
  open,
  onClose,
  toArgs,
  defaultValues = {},
  children,
  confirm,
}: RecordDialogProps<Action>) {
  const translate = useTranslate();
  const notify = useNotify();
  const refresh = useRefresh();
  const queryClient = useQueryClient();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const fullScreen = useMediaQuery((theme: Theme) => theme.breakpoints.down('sm'));
  const [error, setError] = useState<unknown>();
  const zone = useCaseZone();
  const titleId = useId();
  const descriptionId = useId();

  const mutation = useMutation({
    mutationFn: (values: FieldValues) =>
      dataProvider.recordCaseAction(action, records.id, records.version, {
        ...toArgs(values),
        ...occurredAtArgs(values, zone),
      }),
    onSuccess: (updated) => {
      queryClient.setQueryData(recordsKey(records.id), updated);
      notify('records.done', { type: 'success', messageArgs: { action: title } });
      setError(undefined);
      onClose();
      refresh();
    },
    onError: (caught) => setError(caught),
  });
  const close = () => {
    setError(undefined);
    onClose();
  };
  const reload = () => {
    close();
    refresh();
  };

  return (
    <Dialog
      open={open}
      onClose={close}
      fullWidth
      maxWidth="sm"
      fullScreen={fullScreen}
      aria-labelledby={titleId}
      {...(children ? {} : { 'aria-describedby': descriptionId })}
      slotProps={{ transition: { onEntered: focusFirstField } }}
    >
      <Form
        defaultValues={defaultValues}
        onSubmit={(values: FieldValues) => mutation.mutate(values)}
        noValidate
      >
        <DialogTitle id={titleId}>{title}</DialogTitle>
        <DialogContent>
          {children ?? <DialogContentText id={descriptionId}>{confirm}</DialogContentText>}
          <OccurredAtInputs error={error} zone={zone} />
          {error !== undefined && !isOccurredAtRefusal(error) && (
            <RecordError error={error} onReload={reload} />
          )}
        </DialogContent>
        <DialogActions>
          <Button onClick={close}>{translate('commands.cancel')}</Button>
          <Button
            type="submit"
            variant="contained"
            disabled={mutation.isPending || (error instanceof ApiError && error.isConflict)}
          >
            {children ? translate('commands.submit') : title}
          </Button>
        </DialogActions>
      </Form>
    </Dialog>
  );
}

/** A button that opens its record dialog; MUI gives focus back to it when the dialog closes. */
export function RecordActionButton<Action extends RecordActionType>({
  label,
  subject,
  variant = 'outlined',
  ...dialog
}: Omit<RecordDialogProps<Action>, 'open' | 'onClose' | 'title'> & {
  readonly label: string;
  /**
   * Which record the action is on, when the label alone does not say ("Ubah" beside each allegation):
   * the dialog's title and the button's accessible name become "label: subject".
   */
  readonly subject?: string;
  readonly variant?: 'outlined' | 'contained' | 'text';
}) {
  const [open, setOpen] = useState(false);
  const title = subject ? `${label}: ${subject}` : label;
  const ariaLabel = subject ? title : undefined;
  return (
    <>
      <Button
        size="small"
        variant={variant}
        onClick={() => setOpen(true)}
        {...(ariaLabel ? { 'aria-label': ariaLabel } : {})}
      >
        {label}
      </Button>
      {open && <RecordDialog {...dialog} title={title} open={open} onClose={() => setOpen(false)} />}
    </>
  );
}

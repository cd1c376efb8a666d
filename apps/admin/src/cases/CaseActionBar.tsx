// The next steps of a case: exactly the commands the API says this user may give now
// (`availableCommands`, computed by the domain), each opening the form that command needs.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Typography from '@mui/material/Typography';
import { useState, type KeyboardEvent } from 'react';
import { useRecordContext, useTranslate } from 'react-admin';
import type { CaseCommandType } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { CommandDialog } from './commands/CommandDialog';

/**
 * A toolbar's keys (WAI-ARIA): arrows move between its buttons, Home and End to the first and last. Tab
 * still reaches every button, so nobody needs to know the arrows.
 */
function moveFocus(event: KeyboardEvent<HTMLElement>) {
  const buttons = [...event.currentTarget.children].filter(
    (element): element is HTMLButtonElement => element instanceof HTMLButtonElement && !element.disabled,
  );
  const at = buttons.indexOf(document.activeElement as HTMLButtonElement);
  if (at < 0) return;
  const next =
    event.key === 'ArrowRight' || event.key === 'ArrowDown'
      ? (at + 1) % buttons.length
      : event.key === 'ArrowLeft' || event.key === 'ArrowUp'
        ? (at - 1 + buttons.length) % buttons.length
        : event.key === 'Home'
          ? 0
          : event.key === 'End'
            ? buttons.length - 1
            : undefined;
  if (next === undefined) return;
  event.preventDefault();
  buttons[next]?.focus();
}

/** Commands that end or divert a case: shown apart, in a quieter style. */
const EXITS: readonly CaseCommandType[] = ['reject', 'refer', 'withdraw', 'discontinue'];

export function CaseActionBar({ record: given }: { readonly record?: EthicsCaseRecord }) {
  const translate = useTranslate();
  const fromContext = useRecordContext<EthicsCaseRecord>();
  const record = given ?? fromContext;
  const [open, setOpen] = useState<CaseCommandType>();
  if (!record) return null;
  const commands = record.availableCommands ?? [];
  if (commands.length === 0) {
    return <Typography color="text.secondary">{translate('case.noCommands')}</Typography>;
  }
  return (
    <Box
      role="toolbar"
      aria-label={translate('case.sections.actions')}
      onKeyDown={moveFocus}
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 1 }}
    >
      {commands.map((command) => (
        <Button
          key={command}
          variant={EXITS.includes(command) ? 'outlined' : 'contained'}
          color={EXITS.includes(command) ? 'inherit' : 'primary'}
          onClick={() => setOpen(command)}
        >
          {translate(`resources.cases.actions.${command}`)}
        </Button>
      ))}
      {open && <CommandDialog record={record} command={open} open onClose={() => setOpen(undefined)} />}
    </Box>
  );
}

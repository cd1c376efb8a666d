// The working-day calendar's days off, for the national administrator: a year, its days off (built in with
// Etik from the joint decree, or added by the administrator) and the built-in days removed, with add, remove
// and restore. Each change moves the due times of open cases; the page says how many were recomputed.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import MenuItem from '@mui/material/MenuItem';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import TextField from '@mui/material/TextField';
import Typography from '@mui/material/Typography';
import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState, type FormEvent } from 'react';
import { Title, useDataProvider, useLocaleState, useTranslate } from 'react-admin';
import type { Locale } from '@etik/domain';
import type { EtikDataProvider } from '../providers/data-provider';
import type { Holiday, HolidayChange, NewHoliday } from '../providers/directory-types';
import { isApiError } from '../providers/graphql-client';
import { useDomainLabel } from '../shared/domain-labels';

/** The years the calendar knows (the API refuses dates outside them). */
export const HOLIDAY_YEARS = [2019, 2020, 2021, 2022, 2023, 2024, 2025, 2026, 2027] as const;

const keyOf = (year: number) => ['holidays', year] as const;

/** "2024-03-11" → "Senin, 11 Mar 2024": a calendar date, with no zone to shift it. */
function dayText(date: string, locale: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString(locale === 'en' ? 'en-GB' : 'id-ID', {
    weekday: 'long',
    day: 'numeric',
    month: 'short',
    year: 'numeric',
    timeZone: 'UTC',
  });
}

function RefusalAlert({ error }: { readonly error: unknown }) {
  const translate = useTranslate();
  return (
    <Alert severity="error" role="alert" sx={{ width: '100%' }}>
      {translate(isApiError(error) ? error.message : 'ra.notification.http_error', {
        _: translate('ra.notification.http_error'),
      })}
    </Alert>
  );
}

function AddHolidayForm({ onChanged }: { readonly onChanged: (change: HolidayChange) => void }) {
  const translate = useTranslate();
  const label = useDomainLabel();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const empty: NewHoliday = { date: '', kind: 'nationalHoliday', nameId: '', nameEn: '' };
  const [draft, setDraft] = useState<NewHoliday>(empty);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const set = (field: keyof NewHoliday) => (event: { target: { value: string } }) =>
    setDraft((current) => ({ ...current, [field]: event.target.value }));

  async function submit(event: FormEvent) {
    event.preventDefault();
    setBusy(true);
    setError(undefined);
    try {
      onChanged(await dataProvider.addHoliday(draft));
      setDraft(empty);
    } catch (caught) {
      setError(caught);
    } finally {
      setBusy(false);
    }
  }

  return (
    <Box
      component="form"
      onSubmit={submit}
      aria-labelledby="holiday-add"
      sx={{ display: 'flex', flexWrap: 'wrap', gap: 2, alignItems: 'flex-start' }}
    >
      <Typography id="holiday-add" variant="h6" component="h2" sx={{ width: '100%' }}>
        {translate('holidays.add')}
      </Typography>
      <TextField
        type="date"
        required
        size="small"
        label={translate('holidays.date')}
        value={draft.date}
        onChange={set('date')}
        slotProps={{ inputLabel: { shrink: true } }}
      />
      <TextField
        select
        size="small"
        label={translate('holidays.kind')}
        value={draft.kind}
        onChange={set('kind')}
        sx={{ minWidth: 200 }}
      >
        {(['nationalHoliday', 'cutiBersama'] as const).map((kind) => (
          <MenuItem key={kind} value={kind}>
            {label('holidayKind', kind)}
          </MenuItem>
        ))}
      </TextField>
      <TextField
        required
        size="small"
        label={translate('holidays.nameId')}
        value={draft.nameId}
        onChange={set('nameId')}
      />
      <TextField
        required
        size="small"
        label={translate('holidays.nameEn')}
        value={draft.nameEn}
        onChange={set('nameEn')}
      />
      <Button
        type="submit"
        variant="contained"
        disabled={busy || !draft.date || !draft.nameId.trim() || !draft.nameEn.trim()}
      >
        {translate('holidays.addButton')}
      </Button>
      {error !== undefined && <RefusalAlert error={error} />}
    </Box>
  );
}

export function HolidaysPage() {
  const translate = useTranslate();
  const label = useDomainLabel();
  const [locale] = useLocaleState();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const queryClient = useQueryClient();
  const [year, setYear] = useState(() => {
    const current = new Date().getFullYear();
    return (HOLIDAY_YEARS as readonly number[]).includes(current) ? current : 2024;
  });
  const [lastChange, setLastChange] = useState<HolidayChange>();
  const [error, setError] = useState<unknown>();
  const { data, isPending } = useQuery({
    queryKey: keyOf(year),
    queryFn: () => dataProvider.holidays(year),
  });

  const changed = (change: HolidayChange) => {
    setLastChange(change);
    setError(undefined);
    // The day changed may be in another year than the one shown: read every year again when asked.
    void queryClient.invalidateQueries({ queryKey: ['holidays'] });
  };
  const change = async (kind: 'remove' | 'restore', date: string) => {
    try {
      changed(await dataProvider.changeHoliday(kind, date));
    } catch (caught) {
      setError(caught);
    }
  };
  const nameOf = (holiday: Holiday) => holiday.name[locale as Locale] ?? holiday.name.id;

  return (
    <Card>
      <Title title="holidays.title" />
      <CardContent sx={{ display: 'grid', gap: 3 }}>
        <Typography color="text.secondary">{translate('holidays.help')}</Typography>
        <TextField
          select
          size="small"
          label={translate('holidays.year')}
          value={year}
          onChange={(event) => {
            setYear(Number(event.target.value));
            setLastChange(undefined);
          }}
          sx={{ maxWidth: 160 }}
        >
          {HOLIDAY_YEARS.map((option) => (
            <MenuItem key={option} value={option}>
              {option}
            </MenuItem>
          ))}
        </TextField>
        {lastChange && (
          <Alert severity="success" role="status">
            {`${translate(`holidays.changed.${lastChange.change}`, {
              date: dayText(lastChange.date, locale),
              _: lastChange.change,
            })} ${translate('holidays.recomputed', { smart_count: lastChange.recomputedCases })}`}
          </Alert>
        )}
        {error !== undefined && <RefusalAlert error={error} />}
        {data && <Typography variant="body2">{`${translate('holidays.decree')}: ${data.decree}`}</Typography>}
        <Table size="small" aria-label={translate('holidays.listOf', { year })}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('holidays.date')}</TableCell>
              <TableCell>{translate('holidays.name')}</TableCell>
              <TableCell>{translate('holidays.kind')}</TableCell>
              <TableCell>{translate('holidays.origin')}</TableCell>
              <TableCell />
            </TableRow>
          </TableHead>
          <TableBody>
            {isPending && (
              <TableRow>
                <TableCell colSpan={5}>{translate('ra.page.loading')}</TableCell>
              </TableRow>
            )}
            {(data?.holidays ?? []).map((holiday) => (
              <TableRow key={holiday.date}>
                <TableCell>{dayText(holiday.date, locale)}</TableCell>
                <TableCell>{nameOf(holiday)}</TableCell>
                <TableCell>{label('holidayKind', holiday.kind)}</TableCell>
                <TableCell>{label('holidayOrigin', holiday.origin)}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    aria-label={`${translate('holidays.remove')}: ${nameOf(holiday)}`}
                    onClick={() => void change('remove', holiday.date)}
                  >
                    {translate('holidays.remove')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
            {(data?.removedDates ?? []).map((date) => (
              <TableRow key={`removed-${date}`}>
                <TableCell>{dayText(date, locale)}</TableCell>
                <TableCell colSpan={3}>{translate('holidays.removed')}</TableCell>
                <TableCell align="right">
                  <Button
                    size="small"
                    aria-label={`${translate('holidays.restore')}: ${dayText(date, locale)}`}
                    onClick={() => void change('restore', date)}
                  >
                    {translate('holidays.restore')}
                  </Button>
                </TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
        <AddHolidayForm onChanged={changed} />
      </CardContent>
    </Card>
  );
}

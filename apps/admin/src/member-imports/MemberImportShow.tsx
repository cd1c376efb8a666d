// One import while it runs and after: a progress bar that polls `memberImport(id)` until the import is
// finished, the counts, cancel (queued or running), and the refused lines, paged, in the domain's words.
import Alert from '@mui/material/Alert';
import Box from '@mui/material/Box';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import LinearProgress from '@mui/material/LinearProgress';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TablePagination from '@mui/material/TablePagination';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useParams } from 'react-router-dom';
import {
  Button,
  Loading,
  Title,
  useDataProvider,
  useGetOne,
  useNotify,
  usePermissions,
  useTranslate,
} from 'react-admin';
import type { Permissions } from '../providers/auth-provider';
import type { EtikDataProvider } from '../providers/data-provider';
import { FINISHED_IMPORT_STATUSES, type MemberImportRecord } from '../providers/directory-types';
import { mayImportMembers } from './ImportUploadForm';

/** How often a running import is asked how far it got. */
export const POLL_MS = 1000;

const isFinished = (record: MemberImportRecord | undefined) =>
  record !== undefined && FINISHED_IMPORT_STATUSES.includes(record.status);

export function ImportErrors({ record }: { readonly record: MemberImportRecord }) {
  const translate = useTranslate();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const [page, setPage] = useState(0);
  const [perPage, setPerPage] = useState(25);
  // Keyed on the rows processed: while the import runs, new refused lines appear.
  const { data, isPending } = useQuery({
    queryKey: ['member-imports', record.id, 'errors', page, perPage, record.processedRows],
    queryFn: () => dataProvider.memberImportErrors(record.id, page + 1, perPage),
    placeholderData: (previous) => previous,
  });
  if (record.rejectedRows === 0 && (data?.totalCount ?? 0) === 0) {
    return <Typography variant="body2">{translate('directory.imports.noErrors')}</Typography>;
  }
  if (isPending && !data) return <LinearProgress aria-label={translate('ra.page.loading')} />;
  return (
    <>
      <Box sx={{ overflowX: 'auto', width: 0, minWidth: '100%' }}>
        <Table size="small" aria-label={translate('directory.imports.errorsTitle')}>
          <TableHead>
            <TableRow>
              <TableCell>{translate('directory.imports.line')}</TableCell>
              <TableCell>{translate('directory.imports.column')}</TableCell>
              <TableCell>{translate('directory.imports.problem')}</TableCell>
            </TableRow>
          </TableHead>
          <TableBody>
            {(data?.nodes ?? []).map((problem, index) => (
              <TableRow key={`${problem.line}-${problem.code}-${index}`}>
                <TableCell>{problem.line}</TableCell>
                <TableCell>{problem.field ?? ''}</TableCell>
                <TableCell>{translate(`errors.${problem.code}`, { _: problem.message })}</TableCell>
              </TableRow>
            ))}
          </TableBody>
        </Table>
      </Box>
      <TablePagination
        component="div"
        count={data?.totalCount ?? 0}
        page={page}
        onPageChange={(_, next) => setPage(next)}
        rowsPerPage={perPage}
        rowsPerPageOptions={[25, 50, 100]}
        onRowsPerPageChange={(event) => {
          setPerPage(Number(event.target.value));
          setPage(0);
        }}
        labelRowsPerPage={translate('ra.navigation.page_rows_per_page')}
        labelDisplayedRows={({ from, to, count }) =>
          translate('ra.navigation.page_range_info', { offsetBegin: from, offsetEnd: to, total: count })
        }
      />
    </>
  );
}

export function ImportProgress({ record }: { readonly record: MemberImportRecord }) {
  const translate = useTranslate();
  const percent = Math.round(record.progress * 100);
  const counts = ['imported', 'updated', 'unchanged', 'rejected'] as const;
  const value = {
    imported: record.importedRows,
    updated: record.updatedRows,
    unchanged: record.unchangedRows,
    rejected: record.rejectedRows,
  };
  return (
    <>
      <Typography variant="body1" id="import-status">
        {translate(`directory.imports.statuses.${record.status}`)} —{' '}
        {translate('directory.imports.progressText', {
          processed: record.processedRows,
          total: record.totalRows ?? '?',
          percent,
        })}
      </Typography>
      <LinearProgress
        variant="determinate"
        value={percent}
        aria-labelledby="import-status"
        sx={{ my: 1, height: 8, borderRadius: 1 }}
      />
      <Box component="dl" sx={{ display: 'grid', gridTemplateColumns: 'auto 1fr', columnGap: 2, m: 0 }}>
        {counts.map((count) => (
          <Box key={count} sx={{ display: 'contents' }}>
            <Box component="dt">{translate(`directory.imports.counts.${count}`)}</Box>
            <Box component="dd" sx={{ m: 0 }} data-testid={`import-${count}`}>
              {value[count]}
            </Box>
          </Box>
        ))}
      </Box>
    </>
  );
}

export function MemberImportShow() {
  const { id = '' } = useParams();
  const translate = useTranslate();
  const notify = useNotify();
  const dataProvider = useDataProvider<EtikDataProvider>();
  const { permissions } = usePermissions<Permissions>();
  const [cancelling, setCancelling] = useState(false);
  const {
    data: record,
    error,
    refetch,
  } = useGetOne<MemberImportRecord>(
    'member-imports',
    { id },
    {
      refetchInterval: (query) =>
        isFinished(query.state.data as MemberImportRecord | undefined) ? false : POLL_MS,
    },
  );
  if (error) return <Alert severity="error">{translate((error as Error).message)}</Alert>;
  if (!record) return <Loading />;

  async function cancel() {
    setCancelling(true);
    try {
      await dataProvider.cancelMemberImport(record!.id);
      notify('directory.imports.cancelled', { type: 'info' });
      await refetch();
    } catch (refused) {
      notify((refused as Error).message, { type: 'warning' });
    } finally {
      setCancelling(false);
    }
  }

  return (
    <Box sx={{ p: { xs: 1, sm: 2 } }}>
      <Title title="directory.imports.title" />
      <Card component="section" aria-labelledby="import-title" sx={{ mb: 2 }}>
        <CardContent>
          <Typography id="import-title" variant="h5" component="h1" sx={{ overflowWrap: 'anywhere' }}>
            {record.fileName}
          </Typography>
          <Typography variant="body2" gutterBottom>
            {record.commission.name}
          </Typography>
          <div aria-live="polite">
            <ImportProgress record={record} />
          </div>
          {!isFinished(record) && mayImportMembers(permissions) ? (
            <Button label="directory.imports.cancel" onClick={cancel} disabled={cancelling} sx={{ mt: 1 }} />
          ) : null}
        </CardContent>
      </Card>
      <Card component="section" aria-labelledby="import-errors">
        <CardContent>
          <Typography id="import-errors" variant="h6" component="h2">
            {translate('directory.imports.errorsTitle')}
          </Typography>
          <ImportErrors record={record} />
        </CardContent>
      </Card>
    </Box>
  );
}

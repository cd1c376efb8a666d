// Charts from MUI boxes, no chart library: a horizontal bar chart (long labels wrap on a phone) and a
// column chart for months. Both read to a screen reader as a labelled list of "label: number"; every bar
// links to the list of the cases it counts. ChartCard adds the title and a table view of the same figures.
import Box from '@mui/material/Box';
import Button from '@mui/material/Button';
import Card from '@mui/material/Card';
import CardContent from '@mui/material/CardContent';
import CircularProgress from '@mui/material/CircularProgress';
import Link from '@mui/material/Link';
import Table from '@mui/material/Table';
import TableBody from '@mui/material/TableBody';
import TableCell from '@mui/material/TableCell';
import TableHead from '@mui/material/TableHead';
import TableRow from '@mui/material/TableRow';
import Typography from '@mui/material/Typography';
import { useState, type ReactNode } from 'react';
import { useTranslate } from 'react-admin';
import type { Bar } from './chart-data';

export type { Bar } from './chart-data';

function BarLabel({ bar }: { readonly bar: Bar }) {
  return bar.href ? (
    <Link href={bar.href} underline="hover" color="inherit">
      {bar.label}
    </Link>
  ) : (
    <>{bar.label}</>
  );
}

export function BarChart({ bars, title }: { readonly bars: readonly Bar[]; readonly title: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <Box component="ul" aria-label={title} sx={{ listStyle: 'none', p: 0, m: 0, display: 'grid', gap: 0.75 }}>
      {bars.map((bar) => (
        <Box
          component="li"
          key={bar.key}
          sx={{
            display: 'grid',
            gridTemplateColumns: { xs: 'minmax(0, 9rem) 1fr 2.5rem', sm: 'minmax(0, 13rem) 1fr 3rem' },
            alignItems: 'center',
            gap: 1,
            fontSize: 14,
          }}
        >
          <Box component="span" sx={{ textAlign: 'right', lineHeight: 1.2, overflowWrap: 'anywhere' }}>
            <BarLabel bar={bar} />
          </Box>
          <Box aria-hidden sx={{ height: 14, bgcolor: 'action.hover', borderRadius: 1, overflow: 'hidden' }}>
            <Box
              sx={{
                height: '100%',
                width: `${(100 * bar.value) / max}%`,
                bgcolor: 'primary.main',
                borderRadius: 1,
              }}
            />
          </Box>
          <Box component="span" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {bar.value}
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** Vertical columns, for a time series (months left to right); labels below, the count above. */
export function ColumnChart({ bars, title }: { readonly bars: readonly Bar[]; readonly title: string }) {
  const max = Math.max(1, ...bars.map((bar) => bar.value));
  return (
    <Box
      component="ul"
      aria-label={title}
      sx={{
        listStyle: 'none',
        p: 0,
        m: 0,
        display: 'grid',
        gridTemplateColumns: `repeat(${bars.length}, minmax(0, 1fr))`,
        gap: { xs: 0.25, sm: 0.75 },
        alignItems: 'end',
      }}
    >
      {bars.map((bar) => (
        <Box
          component="li"
          key={bar.key}
          sx={{ display: 'flex', flexDirection: 'column', alignItems: 'center', minWidth: 0, fontSize: 12 }}
        >
          <Box component="span" sx={{ color: 'text.secondary', fontVariantNumeric: 'tabular-nums' }}>
            {bar.value}
          </Box>
          <Box aria-hidden sx={{ height: 120, width: '100%', display: 'flex', alignItems: 'flex-end' }}>
            <Box
              sx={{
                width: '100%',
                height: `${Math.max(bar.value ? 2 : 0, (100 * bar.value) / max)}%`,
                bgcolor: 'primary.main',
                borderRadius: '4px 4px 0 0',
              }}
            />
          </Box>
          <Box
            component="span"
            sx={{
              mt: 0.5,
              lineHeight: 1.1,
              textAlign: 'center',
              overflowWrap: 'anywhere',
              writingMode: { xs: 'vertical-rl', sm: 'horizontal-tb' },
              transform: { xs: 'rotate(180deg)', sm: 'none' },
            }}
          >
            <BarLabel bar={bar} />
          </Box>
        </Box>
      ))}
    </Box>
  );
}

/** The same figures as a table: the alternative for anyone who prefers to read numbers in rows. */
export function ChartTable({ bars, title }: { readonly bars: readonly Bar[]; readonly title: string }) {
  const translate = useTranslate();
  return (
    <Table size="small" aria-label={title}>
      <TableHead>
        <TableRow>
          <TableCell component="th" scope="col">
            {translate('dashboard.group')}
          </TableCell>
          <TableCell component="th" scope="col" align="right">
            {translate('dashboard.count')}
          </TableCell>
        </TableRow>
      </TableHead>
      <TableBody>
        {bars.map((bar) => (
          <TableRow key={bar.key}>
            <TableCell component="th" scope="row">
              <BarLabel bar={bar} />
            </TableCell>
            <TableCell align="right" sx={{ fontVariantNumeric: 'tabular-nums' }}>
              {bar.value}
            </TableCell>
          </TableRow>
        ))}
      </TableBody>
    </Table>
  );
}

export interface ChartCardProps {
  readonly id: string;
  readonly title: string;
  readonly bars: readonly Bar[] | undefined;
  readonly failed?: boolean;
  readonly columns?: boolean;
  readonly note?: string;
  /** Below the chart or table, e.g. a link to what the chart leaves out. */
  readonly footer?: ReactNode;
}

/** A dashboard section: heading, the chart (or its table, by a toggle), and a note on how it counts. */
export function ChartCard({ id, title, bars, failed, columns, note, footer }: ChartCardProps) {
  const translate = useTranslate();
  const [asTable, setAsTable] = useState(false);
  const chartTitle = translate('dashboard.chartLabel', { title });
  const Chart = columns ? ColumnChart : BarChart;
  return (
    <Card component="section" aria-labelledby={id} sx={{ minWidth: 0 }}>
      <CardContent>
        <Box sx={{ display: 'flex', flexWrap: 'wrap', alignItems: 'baseline', gap: 1, mb: 1 }}>
          <Typography id={id} variant="h6" component="h2" sx={{ flex: '1 1 12rem' }}>
            {title}
          </Typography>
          {bars && bars.length > 0 && (
            <Button size="small" aria-pressed={asTable} onClick={() => setAsTable((shown) => !shown)}>
              {translate(asTable ? 'dashboard.showChart' : 'dashboard.showTable')}
            </Button>
          )}
        </Box>
        {bars === undefined ? (
          failed ? (
            '–'
          ) : (
            <CircularProgress size={24} aria-label={translate('ra.page.loading')} />
          )
        ) : bars.length === 0 ? (
          <Typography color="text.secondary">{translate('dashboard.noData')}</Typography>
        ) : asTable ? (
          <ChartTable bars={bars} title={title} />
        ) : (
          <Chart bars={bars} title={chartTitle} />
        )}
        {footer && bars && bars.length > 0 && <Box sx={{ mt: 1 }}>{footer}</Box>}
        {note && bars && bars.length > 0 && (
          <Typography variant="caption" color="text.secondary" component="p" sx={{ mt: 1 }}>
            {note}
          </Typography>
        )}
      </CardContent>
    </Card>
  );
}

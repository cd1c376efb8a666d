// CSV export of the cases list: one row per case, domain codes worded in the current locale. Written by
// csv-stringify with its formula escaping: a cell that a spreadsheet would run as a formula (a member
// imported as `=HYPERLINK(…)`) starts with a single quote and is quoted (OWASP's CSV injection advice).
// The writer is loaded when a list is exported, not with the back office (its browser build is ~10 kB
// gzipped, most of it a Buffer polyfill).
import { downloadCSV, type Exporter } from 'react-admin';
import { labelOf, type Locale } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { nextDeadline } from './DeadlineCountdown';

/** What spreadsheets read as the start of a formula (and the full-width forms Apple Numbers folds). */
const FORMULA_START = /^[=+\-@\t\r\uFF1D\uFF0B\uFF0D\uFF20]/;

export async function casesToCsv(cases: readonly EthicsCaseRecord[], locale: Locale): Promise<string> {
  const { stringify } = await import('csv-stringify/browser/esm/sync');
  const header = [
    'registerNumber',
    'status',
    'source',
    'track',
    'receivedAt',
    'commission',
    'respondents',
    'bodyTypes',
    'outcomes',
    'nextDeadline',
    'nextDeadlineDueAt',
    'nextDeadlineState',
  ];
  const rows = cases.map((ethicsCase) => {
    const deadline = nextDeadline(ethicsCase.deadlines);
    return [
      ethicsCase.registerNumber ?? '',
      labelOf('caseStatus', ethicsCase.status, locale),
      labelOf('caseSource', ethicsCase.source, locale),
      labelOf('caseTrack', ethicsCase.track, locale),
      ethicsCase.receivedAt,
      ethicsCase.commission.name,
      ethicsCase.respondents.map((respondent) => respondent.name ?? '').join('; '),
      [...new Set(ethicsCase.respondents.map((respondent) => respondent.bodyType).filter(Boolean))]
        .map((type) => labelOf('bodyType', type as string, locale))
        .join('; '),
      (ethicsCase.decision?.outcomes ?? [])
        .map((given) => labelOf('outcome', given.outcome, locale))
        .join('; '),
      deadline ? labelOf('deadline', deadline.key, locale) : '',
      deadline?.dueAt ?? '',
      deadline ? labelOf('deadlineState', deadline.state, locale) : '',
    ];
  });
  return stringify([header, ...rows], {
    eof: false,
    // Prefixes such a cell with `'`; quoted_match (tested on the cell as given) quotes it as well, and
    // quotes a cell holding `;`, the list separator of spreadsheets set to Indonesian.
    escape_formulas: true,
    quoted_match: [FORMULA_START, ';'],
  });
}

export const caseExporter =
  (locale: Locale): Exporter =>
  async (records) =>
    downloadCSV(await casesToCsv(records as EthicsCaseRecord[], locale), 'perkara-etik');

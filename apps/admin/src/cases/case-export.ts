// CSV export of the cases list: one row per case, domain codes worded in the current locale.
import { downloadCSV, type Exporter } from 'react-admin';
import { labelOf, type Locale } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { nextDeadline } from './DeadlineCountdown';

const cell = (value: unknown): string => {
  const text = value === undefined || value === null ? '' : String(value);
  return /[",\n;]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
};

export function casesToCsv(cases: readonly EthicsCaseRecord[], locale: Locale): string {
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
  return [header, ...rows].map((row) => row.map(cell).join(',')).join('\n');
}

export const caseExporter =
  (locale: Locale): Exporter =>
  (records) =>
    downloadCSV(casesToCsv(records as EthicsCaseRecord[], locale), 'perkara-etik');

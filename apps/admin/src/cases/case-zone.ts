// The zone a case's dates are shown in: its handling commission's (WIB, WITA or WIT), as the API names it on
// the case. Read from the record context, so it is the case on its page and each row in a list.
import { useRecordContext } from 'react-admin';
import type { TimeZone } from '@etik/domain';
import type { EthicsCaseRecord } from '../providers/api-types';
import { timeZoneOf } from '../shared/time';

export const zoneOfCase = (record: Partial<EthicsCaseRecord> | undefined): TimeZone | undefined =>
  timeZoneOf(record?.timeZone ?? record?.commission?.timeZone);

export function useCaseZone(): TimeZone | undefined {
  return zoneOfCase(useRecordContext<EthicsCaseRecord>());
}

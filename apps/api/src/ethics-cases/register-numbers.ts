// Register numbers: `NNN/ETIK/<regency digits>/<year>`, the next of the commission's year when the clerk
// gives none. The year is the commission's own (WIB, WITA or WIT).
import type { EntityManager } from '@mikro-orm/knex';
import { err, nextRegisterNumber, ok, parseRegisterNumber, type Result } from '@etik/domain';
import type { CodedError } from '../errors/coded-error.js';
import { utcOffsetOfCommission } from './case-context.js';
import { EthicsCaseRecord } from './ethics-case.entity.js';

export async function nextRegisterNumberFor(
  em: EntityManager,
  record: EthicsCaseRecord,
  now: Date,
): Promise<Result<string, CodedError>> {
  const regionCode = record.commission.region?.code;
  if (!regionCode || !/^\d{2}\.\d{2}$/.test(regionCode)) {
    return err({ code: 'INVALID_INPUT', field: 'registerNumber', reason: 'required' });
  }
  const digits = regionCode.replace('.', '');
  // The year in the commission's own zone: a case registered at 00:30 WIT on 1 January is of the new year.
  const year = new Date(now.getTime() + utcOffsetOfCommission(record.commission) * 60_000).getUTCFullYear();
  const taken = await em.find(
    EthicsCaseRecord,
    { registerNumber: { $like: `%/ETIK/${digits}/${year}` } },
    { fields: ['registerNumber'] },
  );
  const last = taken.reduce((max, found) => {
    const parsed = found.registerNumber ? parseRegisterNumber(found.registerNumber) : undefined;
    return parsed?.ok ? Math.max(max, parsed.value.sequence) : max;
  }, 0);
  return ok(nextRegisterNumber(digits, year, last === 0 ? undefined : last));
}

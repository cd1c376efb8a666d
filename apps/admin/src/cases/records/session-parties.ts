// The parties a session names, as form choices and back: a respondent by membershipId, the complainant by
// role alone, anyone else by role and name (the API's SessionPartyInput).
import type { PartyRole } from '@etik/domain';
import type { EthicsCaseRecord } from '../../providers/api-types';
import type { SessionParty, SessionPartyInput } from '../../providers/records-types';

/** The value the party select holds for "someone else": role and name are then asked for. */
export const OTHER_PARTY = 'other';
/** Roles a party other than a respondent or the complainant may have. */
export const OTHER_ROLES: readonly PartyRole[] = ['witness', 'expert', 'relatedParty', 'attorney'];

/** One string per party, stable across the summons and the attendance of a session. */
export function partyKey(party: SessionParty | SessionPartyInput): string {
  if (party.role === 'respondent') return `respondent:${party.membershipId ?? ''}`;
  if (party.role === 'complainant') return 'complainant';
  return `${party.role}:${party.name ?? ''}`;
}

/** The party a key stands for, as the API takes it. */
export function partyInputOf(key: string, other?: { role?: unknown; name?: unknown }): SessionPartyInput {
  if (key === OTHER_PARTY) {
    return { role: String(other?.role ?? '') as PartyRole, name: String(other?.name ?? '').trim() };
  }
  if (key === 'complainant') return { role: 'complainant' };
  const [role, rest] = [key.slice(0, key.indexOf(':')), key.slice(key.indexOf(':') + 1)];
  return role === 'respondent'
    ? { role: 'respondent', membershipId: rest }
    : { role: role as PartyRole, name: rest };
}

/** Whether the case has a complainant the session could summon. */
export const hasComplainant = (record: EthicsCaseRecord): boolean =>
  Boolean(record.complaint?.complainant) ||
  (record.parties ?? []).some((party) => party.role === 'complainant');

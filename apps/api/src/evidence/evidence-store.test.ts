import { describe, expect, it } from 'vitest';
import { contentMatches } from './evidence-store.js';
import { cleanFileName } from './evidence.routes.js';

const bytes = (...values: (number | string)[]) =>
  Buffer.concat(
    values.map((value) => (typeof value === 'string' ? Buffer.from(value) : Buffer.from([value]))),
  );

describe('contentMatches', () => {
  it.each([
    ['application/pdf', bytes('%PDF-1.7\n'), bytes('<html>')],
    ['image/jpeg', bytes(0xff, 0xd8, 0xff, 0xe0), bytes(0x89, 'PNG')],
    ['image/png', bytes(0x89, 'PNG', 0x0d, 0x0a, 0x1a, 0x0a), bytes(0xff, 0xd8, 0xff)],
    ['video/mp4', bytes(0, 0, 0, 0x18, 'ftypmp42'), bytes('RIFF....AVI ')],
    ['audio/mpeg', bytes('ID3', 4, 0), bytes('OggS')],
    ['audio/mpeg', bytes(0xff, 0xfb, 0x90, 0x64), bytes(0xff, 0x00)],
  ] as const)('knows %s by its first bytes', (type, good, bad) => {
    expect(contentMatches(type, good, false)).toBe(true);
    expect(contentMatches(type, bad, false)).toBe(false);
  });

  it('takes text without NUL bytes as plain text', () => {
    expect(contentMatches('text/plain', bytes('Keterangan saksi'), false)).toBe(true);
    expect(contentMatches('text/plain', bytes('MZ'), true)).toBe(false);
  });
});

describe('cleanFileName', () => {
  it('keeps the base name, without control characters, at most 255 characters', () => {
    expect(cleanFileName('../../etc/passwd')).toBe('passwd');
    expect(cleanFileName('C:\\Users\\ppk\\Bukti.pdf')).toBe('Bukti.pdf');
    expect(cleanFileName('Bukti\u0007\u0000 Rapat.pdf')).toBe('Bukti Rapat.pdf');
    expect(cleanFileName(undefined)).toBe('evidence');
    expect(cleanFileName('..')).toBe('evidence');
    expect(cleanFileName(`${'a'.repeat(300)}.pdf`)).toHaveLength(255);
  });
});

import { describe, expect, it } from 'vitest';
import { CsvEncodingError, detectSeparator, readCsv, type CsvItem, type CsvOptions } from './csv.js';

/** Reads `input` fed in chunks of `size` bytes (every split point is exercised with size 1). */
async function read(input: string | Buffer, size = 7, options: CsvOptions = {}): Promise<CsvItem[]> {
  const bytes = typeof input === 'string' ? Buffer.from(input, 'utf8') : input;
  async function* chunks() {
    for (let at = 0; at < bytes.length; at += size) yield bytes.subarray(at, at + size);
  }
  const items: CsvItem[] = [];
  for await (const group of readCsv(chunks(), options)) items.push(...group);
  return items;
}

describe('readCsv', () => {
  it.each([1, 2, 3, 5, 64, 4096])(
    'reads quoted fields, escaped quotes, CRLF and breaks inside quotes (chunks of %i)',
    async (size) => {
      const text =
        '\ufeffnik;nama;alamat\r\n' +
        '3526014508900003;"Aminah, Siti";"Jl. ""Mawar"" 5\r\nBurneh"\r\n' +
        '\r\n' +
        '3526011203850001;Ahmad;\n' +
        ';;\n' +
        '3526011203850002;"Budi";"x"';
      expect(await read(text, size)).toEqual([
        { line: 1, fields: ['nik', 'nama', 'alamat'] },
        { line: 2, fields: ['3526014508900003', 'Aminah, Siti', 'Jl. "Mawar" 5\r\nBurneh'] },
        { line: 5, fields: ['3526011203850001', 'Ahmad', ''] },
        { line: 7, fields: ['3526011203850002', 'Budi', 'x'] },
      ]);
    },
  );

  it('detects a comma separator and reads lone CR line ends', async () => {
    expect(await read('a,b;c\rd,"e;f"\r', 3)).toEqual([
      { line: 1, fields: ['a', 'b;c'] },
      { line: 2, fields: ['d', 'e;f'] },
    ]);
  });

  it('keeps a quote inside an unquoted field and text after a closing quote', async () => {
    expect(await read('a,b\nab"c,"x"y\n', 2, { separator: ',' })).toEqual([
      { line: 1, fields: ['a', 'b'] },
      // csv-parse (relax_quotes) keeps such a field as written, quotes and all.
      { line: 2, fields: ['ab"c', '"x"y'] },
    ]);
  });

  it('reports a record that is too long at the line it starts on, and reads no further', async () => {
    const items = await read(`a,b\n1,"2\n3"\n\n${'x'.repeat(50)},y\nc,d\n`, 8, { maxRecordChars: 20 });
    expect(items).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2\n3'] },
      { line: 5, problem: 'ROW_TOO_LONG' },
    ]);
  });

  it('stops an unclosed quote at the record cap instead of holding the rest of the file', async () => {
    const rows = 'x,y\n'.repeat(400_000); // 1.6 MB after the open quote
    const items = await read(`a,b\n1,2\n3,"open\n${rows}`, 64 * 1024);
    expect(items).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, problem: 'ROW_TOO_LONG' },
    ]);
  });

  it('reads separators and line breaks inside quotes as text', async () => {
    expect(await read('nik,nama\n"1,2","Siti\n""Ami"";nah"\r\n"3",x\n', 1)).toEqual([
      { line: 1, fields: ['nik', 'nama'] },
      { line: 2, fields: ['1,2', 'Siti\n"Ami";nah'] },
      { line: 4, fields: ['3', 'x'] },
    ]);
  });

  it('reports a quote left open to the end of the file at the line it opened on', async () => {
    expect(await read('a,b\n1,2\n3,"open\n4,5\n')).toEqual([
      { line: 1, fields: ['a', 'b'] },
      { line: 2, fields: ['1', '2'] },
      { line: 3, problem: 'UNTERMINATED_QUOTE' },
    ]);
  });

  it('reads a file without a final line break, or of one line only', async () => {
    expect(await read('nik')).toEqual([{ line: 1, fields: ['nik'] }]);
    expect(await read('')).toEqual([]);
    expect(await read('"a";"b"')).toEqual([{ line: 1, fields: ['a', 'b'] }]);
  });

  it('refuses bytes that are not UTF-8', async () => {
    await expect(read(Buffer.from([0x6e, 0x61, 0x6d, 0x61, 0x0a, 0xe9, 0x74, 0xe9]))).rejects.toBeInstanceOf(
      CsvEncodingError,
    );
    await expect(read(Buffer.from([0x61, 0x0a, 0xe2, 0x82]), 64)).rejects.toBeInstanceOf(CsvEncodingError);
  });

  it('decodes multi-byte characters split across chunks', async () => {
    expect(await read('nama\nSiti Ṣāliḥah 🙂\n', 1)).toEqual([
      { line: 1, fields: ['nama'] },
      { line: 2, fields: ['Siti Ṣāliḥah 🙂'] },
    ]);
  });
});

describe('detectSeparator', () => {
  it('takes whichever of ; and , the header has more of, outside quotes', () => {
    expect(detectSeparator('nik;nama;alamat')).toBe(';');
    expect(detectSeparator('nik,nama,alamat')).toBe(',');
    expect(detectSeparator('"a;b;c",d')).toBe(',');
    expect(detectSeparator('nik')).toBe(',');
  });
});

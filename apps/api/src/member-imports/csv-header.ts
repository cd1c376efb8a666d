// The header row of an import CSV, whatever the file imports: Indonesian column names (and the other
// spellings exports use), each feeding one field of the kind's record; required ones must be there, none
// twice, unknown ones ignored and listed for the uploader.

/** A column of an import CSV and the record field it fills. */
export interface CsvColumn<F extends string> {
  readonly column: string;
  readonly field: F;
  readonly required: boolean;
}

export interface CsvHeader<F extends string> {
  /** Index of each known column in the row. */
  readonly positions: ReadonlyMap<F, number>;
  readonly width: number;
  /** Columns the import does not know: kept out of the import, listed for the uploader. */
  readonly ignored: readonly string[];
}

export type HeaderProblem =
  | { readonly reason: 'MISSING_COLUMNS'; readonly missing: readonly string[] }
  | { readonly reason: 'DUPLICATE_COLUMNS'; readonly duplicates: readonly string[] };

const normalise = (name: string): string =>
  name
    .trim()
    .toLowerCase()
    .replace(/[\s.-]+/g, '_');

/** Reads a header row against `columns`: where each known column is, or what is wrong with it. */
export function readCsvHeader<F extends string>(
  columns: readonly CsvColumn<F>[],
  aliases: Readonly<Record<string, string>>,
  names: readonly string[],
): { header: CsvHeader<F> } | { problem: HeaderProblem } {
  const positions = new Map<F, number>();
  const seen = new Set<string>();
  const duplicates: string[] = [];
  const ignored: string[] = [];
  names.forEach((raw, index) => {
    const name = normalise(raw);
    const column = aliases[name] ?? name;
    const known = columns.find((entry) => entry.column === column);
    if (!known) {
      if (name !== '') ignored.push(raw.trim());
      return;
    }
    if (seen.has(column)) duplicates.push(column);
    seen.add(column);
    positions.set(known.field, index);
  });
  if (duplicates.length > 0) return { problem: { reason: 'DUPLICATE_COLUMNS', duplicates } };
  const missing = columns
    .filter((entry) => entry.required && !seen.has(entry.column))
    .map((entry) => entry.column);
  if (missing.length > 0) return { problem: { reason: 'MISSING_COLUMNS', missing } };
  return { header: { positions, width: names.length, ignored } };
}

/**
 * The cells of a row by field, or undefined when the row has fewer fields than the header (or more, unless
 * the extra ones are empty: a trailing separator).
 */
export function cellsOf<F extends string>(
  header: CsvHeader<F>,
  fields: readonly string[],
): Partial<Record<F, string>> | undefined {
  if (fields.length < header.width) return undefined;
  for (let index = header.width; index < fields.length; index += 1)
    if (fields[index] !== '') return undefined;
  const cells: Partial<Record<F, string>> = {};
  for (const [field, index] of header.positions) cells[field] = fields[index]!;
  return cells;
}

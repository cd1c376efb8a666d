// JSON that keeps Dates: a Date is stored as {"$date": ISO}, so no user-typed string is ever mistaken
// for one. And canonical JSON (sorted keys, no spaces) for hashing.

function replaceDates(this: unknown, key: string, value: unknown): unknown {
  const original = (this as Record<string, unknown>)[key];
  return original instanceof Date ? { $date: original.toISOString() } : value;
}

export const encodeJson = (value: unknown): string => JSON.stringify(value, replaceDates);

export const decodeJson = <T>(text: string): T =>
  JSON.parse(text, (_key, value: unknown) => {
    if (value !== null && typeof value === 'object' && !Array.isArray(value)) {
      const keys = Object.keys(value);
      const iso = (value as { $date?: unknown }).$date;
      if (keys.length === 1 && typeof iso === 'string') return new Date(iso);
    }
    return value;
  }) as T;

/** Deterministic JSON: object keys sorted, undefined dropped, Dates as ISO strings. */
export function canonicalJson(value: unknown): string {
  if (value === null || value === undefined) return 'null';
  if (value instanceof Date) return JSON.stringify(value.toISOString());
  if (Array.isArray(value)) return `[${value.map((item) => canonicalJson(item ?? null)).join(',')}]`;
  if (typeof value === 'object') {
    const entries = Object.entries(value as Record<string, unknown>)
      .filter(([, item]) => item !== undefined)
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}

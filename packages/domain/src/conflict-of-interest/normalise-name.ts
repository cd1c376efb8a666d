/**
 * Reduces a person's name to a comparison key: "Hj. Siti  Aminah, S.Pd." and "siti aminah" give the same
 * key. Declarations are typed by hand, often with titles and without diacritics, so raw equality would
 * miss the relative of a party; ids are preferred wherever both sides have one.
 */
export function normaliseName(name: string): string {
  const words = name
    .normalize('NFD')
    .replace(/\p{M}/gu, '') // diacritics: "Nurhayatì" = "Nurhayati"
    .toLowerCase()
    .replace(/,.*$/s, '') // Indonesian degrees follow a comma: "Budi, S.H., M.H."
    .replace(/['’`]/g, '') // "Ma'ruf" = "Maruf"
    .split(/[^\p{L}\p{N}]+/u)
    .filter((word) => word !== '');
  const firstName = words.findIndex((word) => !HONORIFICS.has(word));
  return firstName === -1 ? words.join(' ') : words.slice(firstName).join(' ');
}

/** Forms of address and titles written before a name; only leading ones are dropped. */
const HONORIFICS = new Set(
  (
    'bapak bpk pak ibu bu sdr sdri saudara saudari tuan tn nyonya ny nona nn ' +
    'h hj haji hajah hajjah kh ust ustadz ustaz ustazah dr drs dra ir prof'
  ).split(' '),
);

/** Same person by name; a name that reduces to nothing matches nobody. */
export const isSameName = (a: string, b: string): boolean => {
  const key = normaliseName(a);
  return key !== '' && key === normaliseName(b);
};

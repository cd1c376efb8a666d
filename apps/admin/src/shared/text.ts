/** A form value as text worth sending: trimmed, or undefined when it is not a string or is blank. */
export const trimmedText = (value: unknown): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.trim() : undefined;

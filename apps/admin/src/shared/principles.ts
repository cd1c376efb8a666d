// Principles of the code of conduct, as codes whatever form a decision stored them in.
import { PRINCIPLE_CATALOGUE, PRINCIPLES } from '@etik/domain';

/**
 * A principle as the domain codes it ("independent"). Decisions may hold the statute's term instead
 * ("mandiri": the API stores principlesViolated as free text and its demo data and examples use terms),
 * so a term is mapped to its code; anything else is kept as given.
 */
export function principleCodeOf(value: string): string {
  if ((PRINCIPLES as readonly string[]).includes(value)) return value;
  const lowered = value.trim().toLowerCase();
  return PRINCIPLE_CATALOGUE.find((principle) => principle.term === lowered)?.code ?? value;
}

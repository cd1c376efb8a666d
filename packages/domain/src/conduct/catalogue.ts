import type { LabelsOf } from '../labels/label.js';
import type { ViolationCategory } from '../vocabulary/codes.js';
import { VIOLATION_CATEGORIES } from '../vocabulary/codes.js';
import type { Behaviour } from './behaviours.js';
import { BEHAVIOURS } from './behaviours.js';
import type { OathVersion, PactItem, SourcedText } from './oath-and-pact.js';
import { INTEGRITY_PACT, OATHS } from './oath-and-pact.js';
import type { Principle, PrincipleGroup } from './principles.js';
import { PRINCIPLE_CATALOGUE, PRINCIPLE_GROUP_LABELS, PRINCIPLE_GROUPS } from './principles.js';
import type { TypicalViolation } from './typical-violations.js';
import { TYPICAL_VIOLATIONS } from './typical-violations.js';
import { VIOLATION_CATEGORY_LABELS } from './violation-categories.js';

/** The whole code-of-conduct catalogue in one value, for consumers that serve it as is (the GraphQL API). */
export interface ConductCatalogue {
  readonly principles: readonly Principle[];
  readonly principleGroups: readonly PrincipleGroup[];
  readonly principleGroupLabels: LabelsOf<PrincipleGroup>;
  readonly behaviours: readonly Behaviour[];
  readonly violationCategories: readonly ViolationCategory[];
  readonly violationCategoryLabels: LabelsOf<ViolationCategory>;
  readonly typicalViolations: readonly TypicalViolation[];
  readonly oaths: readonly OathVersion[];
  readonly integrityPact: { readonly preamble: SourcedText; readonly items: readonly PactItem[] };
}

export const CONDUCT_CATALOGUE: ConductCatalogue = {
  principles: PRINCIPLE_CATALOGUE,
  principleGroups: PRINCIPLE_GROUPS,
  principleGroupLabels: PRINCIPLE_GROUP_LABELS,
  behaviours: BEHAVIOURS,
  violationCategories: VIOLATION_CATEGORIES,
  violationCategoryLabels: VIOLATION_CATEGORY_LABELS,
  typicalViolations: TYPICAL_VIOLATIONS,
  oaths: OATHS,
  integrityPact: INTEGRITY_PACT,
};

import type { RuleDefinition } from './rule-schema';
import type { Localized, RuleLanguage } from './types';

/**
 * A validated rule with everything its folder holds, as plain data: core never reads the
 * disk (the web extension on the roadmap has none). `server/src/node/rule-files.ts` builds
 * these from `server/rules/`; queries are compiled later, lazily, by the analyzer.
 */
export interface Rule extends RuleDefinition {
  dir: string;
  docs: Localized;
  querySources: Partial<Record<RuleLanguage, { file: string; source: string }>>;
}

import type { Rule } from 'eslint';

declare const textInCatalogue: Rule.RuleModule;
export default textInCatalogue;

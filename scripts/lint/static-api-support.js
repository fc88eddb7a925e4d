import bcd from '@mdn/browser-compat-data' with { type: 'json' };
import browserslist from 'browserslist';

const BCD_BROWSER = { chrome: 'chrome', edge: 'edge', firefox: 'firefox', safari: 'safari', ios_saf: 'safari_ios' };

/** The oldest version of each browser family the package.json "browserslist" (the support policy) includes. */
function oldestTargets() {
  const oldest = new Map();
  for (const [family, range] of browserslist().map((entry) => entry.split(' '))) {
    const version = Number.parseFloat(range.split('-')[0]);
    const bcdName = BCD_BROWSER[family];
    if (bcdName && !(oldest.get(bcdName) <= version)) oldest.set(bcdName, version);
  }
  return oldest;
}

function supportedFrom(statement) {
  const first = Array.isArray(statement) ? statement[0] : statement;
  if (!first || first.flags || first.prefix || first.alternative_name || first.partial_implementation) return Infinity;
  if (first.version_added === true) return 0;
  const version = Number.parseFloat(String(first.version_added).replace('≤', ''));
  return Number.isNaN(version) ? Infinity : version;
}

/**
 * eslint-plugin-compat misses static methods of Web APIs (MDN files them as `api.AbortSignal.any_static`), so a
 * call like AbortSignal.any (Chromium 116) would pass its check. This rule reads the same MDN data for those.
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Static methods of Web APIs must exist in every browser of the support policy' },
    schema: [],
  },
  create(context) {
    const targets = oldestTargets();
    return {
      MemberExpression(node) {
        if (node.computed || node.object.type !== 'Identifier' || node.property.type !== 'Identifier') return;
        const entry = bcd.api[node.object.name]?.[`${node.property.name}_static`];
        // A local of the same name is not the browser's API.
        for (let scope = context.sourceCode.getScope(node); entry && scope; scope = scope.upper) {
          if (scope.set.get(node.object.name)?.defs.length > 0) return;
        }
        const missing = [...targets]
          .filter(([browser, version]) => entry && supportedFrom(entry.__compat.support[browser]) > version)
          .map(([browser, version]) => `${browser} ${version}`);
        if (missing.length === 0) return;
        const api = `${node.object.name}.${node.property.name}()`;
        context.report({
          node,
          message: `${api} is not supported in ${missing.join(', ')} (package.json browserslist)`,
        });
      },
    };
  },
};

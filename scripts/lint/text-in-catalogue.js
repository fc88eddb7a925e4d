/** CJK ideographs, CJK punctuation (、。《》「」) and full-width forms (：；，（）). */
const CJK = /[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef]/;

/** `{ zh: '…', en: '…' }`: text given in both languages side by side is content, as in a catalogue. */
function isBilingualPair(node) {
  const property = node.parent;
  if (property?.type !== 'Property' || property.value !== node) return false;
  const keyName = (key) => (key.type === 'Identifier' ? key.name : key.type === 'Literal' ? key.value : undefined);
  if (keyName(property.key) !== 'zh') return false;
  return property.parent.properties.some((other) => other.type === 'Property' && keyName(other.key) === 'en');
}

/** What the API's contract says of itself, in English that names the Chinese words a reader sees (观测值, 以上). */
const DOCUMENTATION_KEYS = new Set(['description', 'summary']);

/** A string in a schema's `.describe()`, a `description` or `summary` of the OpenAPI document, or a constant for one. */
function isContractDocumentation(node, filename) {
  if (!/[\\/]src[\\/]api[\\/]/.test(filename)) return false;
  let part = node;
  while (part.parent?.type === 'BinaryExpression') part = part.parent;
  const parent = part.parent;
  if (
    parent?.type === 'Property' &&
    parent.value === part &&
    DOCUMENTATION_KEYS.has(parent.key.name ?? parent.key.value)
  )
    return true;
  if (parent?.type === 'VariableDeclarator') return true;
  return (
    parent?.type === 'CallExpression' &&
    parent.callee.type === 'MemberExpression' &&
    parent.callee.property.type === 'Identifier' &&
    parent.callee.property.name === 'describe'
  );
}

/**
 * Words and punctuation a reader sees come from the catalogues (src/domain/i18n/, a feature's own *-messages.ts), so
 * each has one home and an English twin. A string or template in code that holds Chinese text or full-width
 * punctuation is reported, except a `{ zh, en }` pair and the API contract's own documentation (src/api).
 */
export default {
  meta: {
    type: 'problem',
    docs: { description: 'Chinese text and full-width punctuation live in the catalogues, not in code' },
    schema: [],
    messages: {
      literal: 'Chinese text or full-width punctuation in code: move it to the catalogue (src/domain/i18n).',
    },
  },
  create(context) {
    const check = (node, text) => {
      if (typeof text !== 'string' || !CJK.test(text)) return;
      if (isBilingualPair(node) || isContractDocumentation(node, context.filename)) return;
      context.report({ node, messageId: 'literal' });
    };
    return {
      Literal: (node) => check(node, node.value),
      TemplateLiteral: (node) => check(node, node.quasis.map((quasi) => quasi.value.cooked ?? '').join('')),
      JSXText: (node) => check(node, node.value),
    };
  },
};

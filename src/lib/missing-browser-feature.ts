const MISSING_CALL = /^([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*) is not a (?:function|constructor)/;
const MISSING_GLOBAL = /^([A-Za-z_$][\w$]*) is not defined/;

/**
 * The platform API an error says is missing ("AbortSignal.any is not a function"), when that name really is absent
 * from this browser; undefined for every other error, so a bug in our own code is never blamed on the browser.
 */
export function missingBrowserFeature(error: unknown): string | undefined {
  // TypeScript checks every name against the DOM library, so a global that is not defined is the browser's gap.
  if (error instanceof ReferenceError) return MISSING_GLOBAL.exec(error.message)?.[1];
  if (!(error instanceof TypeError)) return undefined;
  const name = MISSING_CALL.exec(error.message)?.[1];
  if (!name?.includes('.')) return undefined;
  const [root = '', ...members] = name.split('.');
  const owner: unknown = Reflect.get(globalThis, root);
  if (owner === undefined || owner === null) return undefined;
  let value: unknown = owner;
  for (const member of members) {
    if ((typeof value !== 'object' && typeof value !== 'function') || value === null) return undefined;
    value = Reflect.get(value, member);
  }
  return value === undefined ? name : undefined;
}

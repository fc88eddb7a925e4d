/**
 * The support policy's line between full support (Chromium 108+, Firefox 115+, Safari 16+) and the readable tier
 * (Chromium 89-107), drawn by a feature rather than a user-agent string: size container queries arrived in
 * Chromium 105, Firefox 110 and Safari 16, so every browser of the full tier has them and Chromium 89-104 do not.
 * (Dynamic viewport units would mark 108 exactly, but the Chromium 108 build the tests run does not have them.)
 */
export function isBelowFullSupport(): boolean {
  // No CSS object at all means no browser (a test's DOM), not an old one: Chromium has had CSS.supports since 28.
  return (
    typeof CSS !== 'undefined' && typeof CSS.supports === 'function' && !CSS.supports('container-type', 'inline-size')
  );
}

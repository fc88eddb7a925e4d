/**
 * Runs a build with JSZip on its browser path. Under Node JSZip encodes text with Buffer, which turns a lone
 * surrogate into U+FFFD; a browser's JSZip writes it as bytes that are not UTF-8, which office suites refuse. JSZip
 * decides once, at load, in its `support` module, so the switch is flipped there for the length of the build.
 */
const jszipSupport = ((await import('jszip/lib/support.js' as string)) as { default: { nodebuffer: boolean } }).default;

export async function inBrowserEncoding<T>(build: () => Promise<T>): Promise<T> {
  const nodebuffer = jszipSupport.nodebuffer;
  jszipSupport.nodebuffer = false;
  try {
    return await build();
  } finally {
    jszipSupport.nodebuffer = nodebuffer;
  }
}

import JSZip from 'jszip';

const encoder = new TextEncoder();
const fileOfJSZip = JSZip.prototype.file;

/**
 * JSZip.file that hands JSZip bytes instead of a string. In a browser JSZip encodes a string in 16 KiB slices, and a
 * character outside the BMP (𫛺, an emoji) that falls across a slice boundary is written as two halves that are not
 * UTF-8, which office suites refuse. pptxgenjs passes every XML part as a string, so the deck needs this; base64 and
 * binary strings are not text and pass as they are.
 */
function fileAsBytes(this: JSZip, name: unknown, data?: unknown, options?: { base64?: boolean; binary?: boolean }) {
  if (data === undefined) return Reflect.apply(fileOfJSZip, this, [name]) as unknown;
  const text = typeof data === 'string' && options?.base64 !== true && options?.binary !== true;
  return Reflect.apply(fileOfJSZip, this, [name, text ? encoder.encode(data) : data, options]) as unknown;
}

/** Every JSZip in this page writes text parts as whole UTF-8 from now on (the deck's chunk installs it). */
export function writeTextPartsAsBytes(): void {
  // The overloads of JSZip.file cannot be named one by one here; fileAsBytes keeps each of them.
  JSZip.prototype.file = fileAsBytes as typeof fileOfJSZip;
}

import { brotliCompressSync, constants } from 'node:zlib';

/** Brotli at quality 11, as scripts/build/precompress.ts writes the .br files nginx sends (deploy/nginx/). */
export function brotli(content: Uint8Array): Buffer {
  return brotliCompressSync(content, {
    params: {
      [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
      [constants.BROTLI_PARAM_SIZE_HINT]: content.length,
    },
  });
}

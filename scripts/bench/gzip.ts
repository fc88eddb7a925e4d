import { constants, gzipSync } from 'node:zlib';

/** The bench server and the size figures share one setting, so the sizes are the bytes the server sends. */
export function gzip(content: Uint8Array): Buffer {
  return gzipSync(content, { level: constants.Z_BEST_COMPRESSION });
}

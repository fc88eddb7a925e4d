import { fileURLToPath } from 'node:url';

/** `@/x` means `src/x`: one definition for the build, the tests and the tools (scripts/run.mjs). */
export const sourceAlias = { '@': fileURLToPath(new URL('../src', import.meta.url)) };

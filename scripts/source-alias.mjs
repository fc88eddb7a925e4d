import { fileURLToPath } from 'node:url';

/** `@/x` means `src/x`: one definition for the Vite build, Vitest and the Node scripts that load src/ through Vite. */
export const sourceAlias = { '@': fileURLToPath(new URL('../src', import.meta.url)) };

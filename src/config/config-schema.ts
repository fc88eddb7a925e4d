import { z } from './zod';

/** public/config.json: what a deployer edits to point the built app at an API, without rebuilding. */
export const AppConfig = z.strictObject({
  apiBaseUrl: z
    .string()
    .min(1, 'must not be empty')
    .refine(
      (value) => value.startsWith('/') || /^https?:\/\/[^\s/]+/.test(value),
      'must be a path on this site (like /api) or an http(s) URL',
    ),
  mocks: z.boolean(),
  requestTimeoutMs: z.number().int().min(1000).max(120_000).default(15_000),
});
export type AppConfig = z.infer<typeof AppConfig>;

import { defineConfig } from '@playwright/test';
import { browserSuite } from '../playwright-base';
import { ROOT_SITE } from './nginx-ports';

/**
 * The built demo (dist/, dist-subpath/) behind Debian's nginx with the shipped deploy/nginx/ configuration:
 * the headers, cache rules and routes a deployment really sends.
 */
export default defineConfig(
  browserSuite({
    testDir: '.',
    outputDir: '../../test-results/nginx',
    globalSetup: './start-nginx.ts',
    use: { baseURL: ROOT_SITE, serviceWorkers: 'allow' },
  }),
);

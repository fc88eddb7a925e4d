import { defineConfig } from '@playwright/test';
import { browserSuite } from '../playwright-base';

/** The offline demo file opened from disk (file://), with no server at all, after `npm run build:portable`. */
export default defineConfig(
  browserSuite({ testDir: '.', outputDir: '../../test-results/portable', use: { acceptDownloads: true } }),
);

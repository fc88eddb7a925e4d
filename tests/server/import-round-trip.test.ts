import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '../../server/dataset/dataset';
import { editedWorkbook, exportedWorkbook, importXlsx, NEW_SOURCE, observationsOf } from './import-helpers';

describe('planImport: the exported workbook comes back', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`as the article's dataset when unchanged (${language})`, async () => {
      const plan = await importXlsx(await exportedWorkbook(language));
      expect(plan.problems).toEqual([]);
      expect(plan.warnings).toEqual([]);
      expect(plan.dataset).toEqual(articleDataset());
      expect(plan.diff).toEqual({ changed: [], added: [], removed: [], removedIndicators: [] });
    });
  }

  it('with a new 5G figure (12.1万个 on 2025-10-31): the diff names it, and it is the latest', async () => {
    const bytes = await editedWorkbook((workbook) => {
      const sheet = observationsOf(workbook);
      sheet.addRow([
        '5g-base-stations',
        '5G基站',
        new Date(Date.UTC(2025, 9, 31)),
        12.1,
        '万个',
        null,
        '精确',
        NEW_SOURCE,
      ]);
    });
    const plan = await importXlsx(bytes);
    expect(plan.problems).toEqual([]);
    const stations = plan.dataset?.indicators.find((indicator) => indicator.id === '5g-base-stations');
    expect(stations?.observations).toEqual([
      { date: '2020-12-31', value: 1.6, derived: true, bound: 'exact' },
      { date: '2025-07-31', value: 11.5, derived: false, bound: 'exact', printed: '11.5万个' },
      { date: '2025-10-31', value: 12.1, derived: false, bound: 'exact', source: NEW_SOURCE },
    ]);
    expect(stations?.comparisons).toEqual([{ kind: 'net-increase', value: 10.5, since: '2020-12-31', derived: true }]);
    expect(plan.diff).toEqual({
      changed: [],
      added: [
        {
          indicatorId: '5g-base-stations',
          name: { zh: '5G基站', en: '5G base stations' },
          date: '2025-10-31',
          unit: '万个',
          after: { date: '2025-10-31', value: 12.1, derived: false, bound: 'exact', source: NEW_SOURCE },
        },
      ],
      removed: [],
      removedIndicators: [],
    });
    // The article's net increase (+9.9万个) no longer describes the latest: recomputed as 12.1 − 1.6. The sheet
    // has 1 header and 37 observations (28 latest, 7 derived and 2 printed baselines), so the new row is 39.
    expect(plan.warnings).toEqual([
      {
        kind: 'comparison-replaced',
        indicatorId: '5g-base-stations',
        sheet: '观测值',
        cell: 'D39',
        message: {
          zh: '“5G基站”的净增已重算：+9.9万个 → +10.5万个（最新值 2025-10-31 减去 2020-12-31 的值）',
          en: 'The net increase of “5G base stations” was recomputed: +99,000 → +105,000 (the latest, 2025-10-31, less the value of 2020-12-31)',
        },
      },
    ]);
  });
});

describe('planImport: a workbook re-saved by LibreOffice', () => {
  // tests/fixtures/observations-libreoffice.xlsx is the zh export (with 来源) re-saved by LibreOffice 7
  // (`soffice --headless --convert-to xlsx --outdir DIR FILE`, too slow to start for a unit test, so made once and kept):
  // shared strings, LibreOffice's own styles and date formats.
  it('imports cleanly, as the article', async () => {
    const bytes = new Uint8Array(await readFile(new URL('../fixtures/observations-libreoffice.xlsx', import.meta.url)));
    const plan = await importXlsx(bytes);
    expect(plan.problems).toEqual([]);
    expect(plan.warnings).toEqual([]);
    expect(plan.dataset).toEqual(articleDataset());
  });
});

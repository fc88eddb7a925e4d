import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { planImport } from '../../server/import/plan-import';
import { articleDataset } from '../../server/dataset/dataset';
import { editedWorkbook, importCsv, importXlsx, NEW_SOURCE, observationsOf } from './import-helpers';

const HEADER = '编号,指标,日期,数值,单位,推算值,界限,来源';

describe('planImport: every problem at once, with its cell', () => {
  it('names exactly the three seeded mistakes: text in a number cell, 2025-13-01, an unknown ID', async () => {
    const bytes = await editedWorkbook((workbook) => {
      const sheet = observationsOf(workbook);
      // Row 2 is telecom-business-volume 746.26, row 3 telecom-business-revenue; 37 observations end on row 38.
      sheet.getCell('D2').value = '七百四十六';
      sheet.getCell('C3').value = '2025-13-01';
      sheet.addRow(['no-such-indicator', '', new Date(Date.UTC(2025, 9, 31)), 1, '万个', null, '精确', NEW_SOURCE]);
    });
    const plan = await importXlsx(bytes);
    expect(plan.dataset).toBeNull();
    expect(plan.diff).toBeNull();
    expect(plan.problems.map(({ sheet, cell, text }) => `${sheet}!${cell} ${text}`)).toEqual([
      '观测值!D2 七百四十六',
      '观测值!C3 2025-13-01',
      '观测值!A39 no-such-indicator',
    ]);
    expect(plan.problems[0]?.reason).toEqual({
      zh: '不是数字：应为数值，如 12.1（单位写在“单位”列，不要写进数值）',
      en: 'Not a number: expected a value such as 12.1 (the unit belongs in the Unit column, not in the value)',
    });
    expect(plan.problems[1]?.reason.en).toBe('No such date: 2025-13-01 is not a day of the calendar');
    expect(plan.problems[2]?.reason.zh).toContain('未知的指标编号：“no-such-indicator”');
  });

  it('refuses what the contract refuses, named by cell: negative, a percentage over 100, a rank of 2.5', async () => {
    const plan = await importCsv(
      [
        HEADER,
        `5g-base-stations,,2025-10-31,-1,万个,,,${NEW_SOURCE}`,
        `5g-traffic-share,,2025-10-31,120,%,,,${NEW_SOURCE}`,
        `compute-scale-rank,,2025-10-31,2.5,名次,,,${NEW_SOURCE}`,
      ].join('\n'),
    );
    expect(plan.problems.map(({ sheet, cell, text, reason }) => [`${sheet}!${cell}`, text, reason.zh])).toEqual([
      ['figures.csv!D2', '-1', '数值不能为负数'],
      ['figures.csv!D3', '120', '百分比必须在 0 到 100 之间'],
      ['figures.csv!D4', '2.5', '排名必须是从 1 起的整数'],
    ]);
  });

  it('names two rows for one date, an unknown unit and bound, a missing value and a figure without source', async () => {
    const plan = await importCsv(
      [
        HEADER,
        `5g-base-stations,,2025-10-31,12.1,万个,,,${NEW_SOURCE}`,
        `5g-base-stations,,2025/10/31,12.2,万个,,,${NEW_SOURCE}`,
        `gigabit-cities,,2025-10-31,8,座,,,${NEW_SOURCE}`,
        `gigabit-cities,,2025-11-30,9,市,,大约,${NEW_SOURCE}`,
        `village-5g-reach,,2025-10-31,,%,,,${NEW_SOURCE}`,
        'mobile-phone-users,,2025-10-31,4300,万户,,,',
      ].join('\n'),
    );
    expect(plan.problems.map(({ cell, text, reason }) => [cell, text, reason.en])).toEqual([
      [
        'C3',
        '2025/10/31',
        'Two rows for one indicator and date: “5g-base-stations” already has a row for 2025-10-31 (the row of A2)',
      ],
      [
        'E4',
        '座',
        "Unrecognised unit: “座” is not a unit the export writes (such as 万个, 亿元, %, 万户); leave it blank to keep the indicator's unit",
      ],
      ['G5', '大约', 'Unrecognised bound: expected “exact”, “or more” or blank'],
      ['D6', '', 'The value is missing: every row needs a value'],
      [
        'H7',
        '',
        'The source is missing: a new or changed figure needs its source in the Source column (such as a monthly bulletin of the Shanxi Communications Administration, October 2025)',
      ],
    ]);
  });

  it("refuses a changed figure whose source is still the article's sentence", async () => {
    const bytes = await editedWorkbook((workbook) => {
      // Row 11 is 5g-base-stations on 2025-07-31 (11.5); its 来源 still holds the article's sentence.
      observationsOf(workbook).getCell('D11').value = 11.6;
    });
    const plan = await importXlsx(bytes);
    expect(plan.problems.map(({ cell, reason }) => [cell, reason.zh])).toEqual([
      ['H11', '来源仍是文章原句：文章原句只属于文章印出的数值；新的或改动的数值请写明它自己的出处'],
    ]);
  });

  it('names the header row when a required column is missing', async () => {
    const plan = await importCsv(['编号,指标,日期,单位', '5g-base-stations,5G基站,2025-10-31,万个'].join('\n'));
    expect(plan.problems).toEqual([
      {
        sheet: 'figures.csv',
        cell: 'A1',
        text: '编号 | 指标 | 日期 | 单位',
        reason: {
          zh: '标题行缺少必需的列：数值（第一行非空行应为列标题，如 编号、日期、数值）',
          en: 'The header row lacks required columns: Value (the first non-blank row must hold the column headers, such as ID, Date, Value)',
        },
      },
    ]);
  });

  it('refuses an indicator left with derived rows only', async () => {
    const plan = await importCsv(
      [HEADER, '5g-base-stations,,2020-12-31,1.6,万个,是,精确,x', 'gigabit-cities,,2025-07-31,7,市,,精确,x'].join('\n'),
    );
    expect(plan.problems.map(({ cell }) => cell)).toEqual(['A2']);
    expect(plan.problems[0]?.reason.en).toContain('has only derived rows left');
  });

  it('turns a damaged .xlsx, a zip of something else, a GBK CSV and a .xls into one problem each, never a throw', async () => {
    const garbage = await importXlsx(new TextEncoder().encode('PK\u0003\u0004 this is not really a workbook'));
    expect(garbage.problems).toHaveLength(1);
    expect(garbage.problems[0]).toMatchObject({ sheet: 'figures.xlsx', cell: 'A1', text: '' });
    expect(garbage.problems[0]?.reason.zh).toMatch(/^此文件不是 Excel 工作簿（.xlsx）/);
    expect(garbage.dataset).toBeNull();

    const zip = new JSZip();
    zip.file('notes.txt', 'hello');
    const notBook = await importXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(notBook.problems).toHaveLength(1);
    expect(notBook.problems[0]?.reason.en).toMatch(/^This file is not an Excel workbook \(.xlsx\)/);

    // 编号 in GBK, as Excel on a Chinese Windows saves a plain CSV.
    const gbkPlan = await planImport(
      { name: 'gbk.csv', bytes: new Uint8Array([0xb1, 0xe0, 0xba, 0xc5, 0x2c]) },
      articleDataset(),
    );
    expect(gbkPlan.problems.map((problem) => problem.reason.en)).toEqual([
      'The file is not UTF-8: save it as “CSV UTF-8 (Comma delimited)” in Excel, or choose UTF-8 in WPS/LibreOffice',
    ]);
    const xls = await planImport({ name: 'old.XLS', bytes: new Uint8Array([0xd0, 0xcf]) }, articleDataset());
    expect(xls.problems).toHaveLength(1);
    expect(xls.problems[0]?.sheet).toBe('old.XLS');
  });
});

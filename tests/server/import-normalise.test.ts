import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { articleDataset } from '../../server/dataset/dataset';
import { cleanText } from '../../server/import/clean-text';
import { dateOfSerial, readBound, readDate, readDerived, readNumber } from '../../server/import/normalise-cell';
import { editedWorkbook, importCsv, importXlsx, NEW_SOURCE, observationsOf } from './import-helpers';

const text = (value: string) => ({ kind: 'text' as const, text: value });

describe('normalising cells', () => {
  it('reads numbers from number cells and from text: spaces, thousands, full-width digits, percent format', () => {
    expect(readNumber({ kind: 'number', value: 12.1, percent: false })).toEqual({ ok: true, value: 12.1 });
    expect(readNumber({ kind: 'number', value: 0.805, percent: true })).toEqual({ ok: true, value: 80.5 });
    expect(readNumber(text('12.1'))).toEqual({ ok: true, value: 12.1 });
    expect(readNumber(text(' 12.1 '))).toEqual({ ok: true, value: 12.1 });
    expect(readNumber(text('1,234.5'))).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber(text('１２．１'))).toEqual({ ok: true, value: 12.1 });
    expect(readNumber(text('１，２３４．５'))).toEqual({ ok: true, value: 1234.5 });
    expect(readNumber(text('−3'))).toEqual({ ok: true, value: -3 });
    for (const refused of ['12.1万', 'abc', '1,2', '12.1.1', '12e3', 'NaN']) {
      expect(readNumber(text(refused)).ok, refused).toBe(false);
    }
    expect(readNumber({ kind: 'empty' })).toEqual({
      ok: false,
      reason: { zh: '缺少数值：每行都必须填写数值', en: 'The value is missing: every row needs a value' },
    });
  });

  it('reads dates from date cells, serial numbers and every text form, and refuses impossible days', () => {
    // 45961: 25,569 days from 1899-12-30 to 1970-01-01, then 20,392 days = 2025-01-01 (20,089) + 303 → 31 October.
    expect(dateOfSerial(45961, false)).toEqual({ ok: true, value: '2025-10-31' });
    expect(dateOfSerial(45961.75, false)).toEqual({ ok: true, value: '2025-10-31' });
    expect(dateOfSerial(44499, true)).toEqual({ ok: true, value: '2025-10-31' });
    expect(readDate({ kind: 'number', value: 45961, percent: false }, false)).toEqual({
      ok: true,
      value: '2025-10-31',
    });
    expect(readDate({ kind: 'date', iso: '2025-10-31' }, false)).toEqual({ ok: true, value: '2025-10-31' });
    for (const form of [
      '2025-10-31',
      '2025/10/31',
      '2025年10月31日',
      '2025.10.31',
      ' 2025-10-31 ',
      '２０２５-１０-３１',
      '45961',
    ]) {
      expect(readDate(text(form), false), form).toEqual({ ok: true, value: '2025-10-31' });
    }
    expect(readDate(text('2025/1/5'), false)).toEqual({ ok: true, value: '2025-01-05' });
    expect(readDate(text('2025-13-01'), false)).toEqual({
      ok: false,
      reason: {
        zh: '日期不存在：2025年13月1日不是日历上的日期',
        en: 'No such date: 2025-13-01 is not a day of the calendar',
      },
    });
    for (const refused of ['2025-02-30', '2025-02-29', '2025-10/31', '31/10/2025', 'Oct 31', '2025-10']) {
      expect(readDate(text(refused), false).ok, refused).toBe(false);
    }
    expect(readDate(text('2024-02-29'), false)).toEqual({ ok: true, value: '2024-02-29' });
  });

  it('reads bounds and derived marks in both languages', () => {
    expect([readBound(''), readBound('精确'), readBound('Exact'), readBound('以上'), readBound('or more')]).toEqual([
      { ok: true, value: 'exact' },
      { ok: true, value: 'exact' },
      { ok: true, value: 'exact' },
      { ok: true, value: 'at-least' },
      { ok: true, value: 'at-least' },
    ]);
    expect(readDerived(text('是'), '是')).toEqual({ ok: true, value: true });
    expect(readDerived(text('YES'), 'YES')).toEqual({ ok: true, value: true });
    expect(readDerived({ kind: 'empty' }, '')).toEqual({ ok: true, value: false });
    expect(readDerived(text('也许'), '也许').ok).toBe(false);
  });

  it('removes what XML 1.0 forbids and control characters, keeping &, < and _x0041_ as written', () => {
    expect(cleanText('a&b<c\u0001d\uFFFEe\uFFFFf\uD800g_x0041_h\u007Fi\u0085j')).toBe('a&b<cdefg_x0041_hij');
    expect(cleanText('\u00A0 tab\there\nline \u3000')).toBe('tab\there\nline');
    // A whole pair is a character (𠀀, U+20000); only a half alone goes.
    expect(cleanText('\uD840\uDC00\uDC00')).toBe('\uD840\uDC00');
  });
});

describe('normalising through files', () => {
  const source = NEW_SOURCE;

  it('takes numbers as text, thousands separators, full-width digits, serial and text dates, spaces and blank rows', async () => {
    const plan = await importCsv(
      [
        // Columns in another order, an extra one, and a blank line before the header.
        '',
        '日期 , 数值 ,编号,备注,来源,单位',
        ` 2025-08-31 , 12.1 ,5g-base-stations,,${source},万个`,
        `2025/9/30,"1,234.5",broadband-access-ports,extra,${source},万个`,
        `2025年10月31日,１２．３,mobile-base-stations,,${source} ,万个`,
        '  ,  ,  ,  ',
        `45961,３３,5g-base-stations-per-10k-people,,${source},个/万人`,
        `2025.11.30,4300,mobile-phone-users,,${source},`,
      ].join('\n'),
      articleDataset(),
    );
    expect(plan.problems).toEqual([]);
    const latest = (id: string) =>
      plan.dataset?.indicators.find((indicator) => indicator.id === id)?.observations.at(-1);
    expect(latest('5g-base-stations')).toEqual({
      date: '2025-08-31',
      value: 12.1,
      derived: false,
      bound: 'exact',
      source,
    });
    expect(latest('broadband-access-ports')).toMatchObject({ date: '2025-09-30', value: 1234.5 });
    expect(latest('mobile-base-stations')).toMatchObject({ date: '2025-10-31', value: 12.3, source });
    expect(latest('5g-base-stations-per-10k-people')).toMatchObject({ date: '2025-10-31', value: 33 });
    expect(latest('mobile-phone-users')).toMatchObject({ date: '2025-11-30', value: 4300 });
    // Only the five indicators of the file are left; the others had no rows.
    expect(plan.dataset?.indicators.map((indicator) => indicator.id)).toEqual([
      'mobile-phone-users',
      'mobile-base-stations',
      '5g-base-stations',
      '5g-base-stations-per-10k-people',
      'broadband-access-ports',
    ]);
  });

  it('reads a CSV with a BOM and CRLF lines, in English headers', async () => {
    const csv = `\uFEFFID,Indicator,Date,Value,Unit (as printed),Derived,Bound,Source\r\n5g-base-stations,5G base stations,2025-10-31,12.1,万个,,exact,${source}\r\n`;
    const plan = await importCsv(csv);
    expect(plan.problems).toEqual([]);
    expect(plan.diff?.added.map((change) => [change.indicatorId, change.date, change.after?.value])).toEqual([
      ['5g-base-stations', '2025-10-31', 12.1],
    ]);
  });

  it('finds the observations among extra sheets and columns, with text numbers, dates and trailing spaces', async () => {
    const bytes = await editedWorkbook((workbook) => {
      workbook.addWorksheet('我的备注').addRow(['随便写点什么']);
      const sheet = observationsOf(workbook);
      sheet.getCell('I1').value = '备注';
      sheet.addRow([]);
      sheet.addRow([
        '5g-base-stations ',
        '5G基站',
        '2025/10/31',
        ' 12.1 ',
        '万个',
        null,
        '精确 ',
        `${source} `,
        '新加',
      ]);
      sheet.addRow(['mobile-base-stations', '', 45961, '１２．３', '万个', '', '', source]);
    });
    const plan = await importXlsx(bytes);
    expect(plan.problems).toEqual([]);
    expect(
      plan.diff?.added.map((change) => [change.indicatorId, change.date, change.after?.value, change.after?.source]),
    ).toEqual([
      ['mobile-base-stations', '2025-10-31', 12.3, source],
      ['5g-base-stations', '2025-10-31', 12.1, source],
    ]);
  });

  it('keeps hostile text as text: &, <, _x0041_ literal; U+0001 and U+FFFE removed (CSV and Excel shared strings)', async () => {
    const hostile = `${source}&<b>\u0001\uFFFE_x0041_`;
    const csvPlan = await importCsv(
      ['编号,日期,数值,界限,来源', `5g-base-stations,2025-10-31,12.1,,"${hostile}"`, ...articleRows()].join('\n'),
    );
    const expected = `${source}&<b>_x0041_`;
    expect(csvPlan.problems).toEqual([]);
    expect(csvPlan.diff?.added[0]?.after?.source).toBe(expected);

    // Excel writes U+0001 as _x0001_ and a literal "_x0041_" as _x005F_x0041_ in its shared strings.
    const bytes = await editedWorkbook((workbook) => {
      observationsOf(workbook).addRow([
        '5g-base-stations',
        '',
        new Date(Date.UTC(2025, 9, 31)),
        12.1,
        '万个',
        null,
        '精确',
        'HOSTILE',
      ]);
    });
    const zip = await JSZip.loadAsync(bytes);
    const strings = (await zip.file('xl/sharedStrings.xml')?.async('string')) ?? '';
    expect(strings).toContain('HOSTILE');
    zip.file('xl/sharedStrings.xml', strings.replace('HOSTILE', `${source}&amp;&lt;b&gt;_x0001__xFFFE__x005F_x0041_`));
    const xlsxPlan = await importXlsx(await zip.generateAsync({ type: 'uint8array' }));
    expect(xlsxPlan.problems).toEqual([]);
    const added = xlsxPlan.diff?.added[0]?.after?.source ?? '';
    expect(added).toBe(expected);
    // eslint-disable-next-line no-control-regex -- proving no control character is left is the point
    expect(added).not.toMatch(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/);
  });
});

/** Every observation of the article as CSV rows (编号,日期,数值,界限,来源), so a file can add to it without removing. */
function articleRows(): string[] {
  return articleDataset().indicators.flatMap((indicator) =>
    indicator.observations
      .filter((observation) => !observation.derived)
      .map(
        (observation) =>
          `${indicator.id},${observation.date},${observation.value},${observation.bound === 'at-least' ? '以上' : ''},"${indicator.source.quote}"`,
      ),
  );
}

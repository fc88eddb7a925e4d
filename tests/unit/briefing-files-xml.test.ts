import fc from 'fast-check';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/widgets/briefing-files/build-deck';
import { buildWorkbook } from '../../src/widgets/briefing-files/build-workbook';
import { sheetNames } from '../../src/widgets/briefing-files/spreadsheet-xml';
import { xmlText } from '../../src/lib/xml-text';
import { briefingInputFor, HOSTILE_TEXT, withContent } from '../setup/briefing-input';
import { inBrowserEncoding } from '../setup/browser-zip';

/**
 * Whatever text and numbers a contract-valid API sends, both files stay well-formed XML. They are built through
 * JSZip's browser path, so a lone surrogate that slipped through would show here as bytes that are not UTF-8.
 */

const utf8 = new TextDecoder('utf-8', { fatal: true });

/** Every part that is not strict UTF-8 well-formed XML, or that writes a number which is not finite. */
async function xmlProblems(bytes: Uint8Array, prefix = ''): Promise<string[]> {
  const zip = await JSZip.loadAsync(bytes);
  const problems: string[] = [];
  for (const [name, entry] of Object.entries(zip.files)) {
    if (entry.dir) continue;
    const data = await entry.async('uint8array');
    if (name.endsWith('.xlsx')) {
      problems.push(...(await xmlProblems(data, `${prefix}${name} → `)));
      continue;
    }
    if (!/\.(xml|rels)$/.test(name)) continue;
    let xml: string;
    try {
      xml = utf8.decode(data);
    } catch {
      problems.push(`${prefix}${name}: not UTF-8`);
      continue;
    }
    const error = new DOMParser().parseFromString(xml, 'application/xml').getElementsByTagName('parsererror')[0];
    if (error) problems.push(`${prefix}${name}: ${error.textContent ?? ''}`);
    const notFinite = /(?:>|val=")-?(?:NaN|Infinity)(?:<|")/.exec(xml);
    if (notFinite) problems.push(`${prefix}${name}: writes ${notFinite[0]}`);
  }
  return problems;
}

const parseXml = (xml: string) => new DOMParser().parseFromString(xml, 'application/xml');

/** A part of a file, parsed. */
async function part(bytes: Uint8Array, name: string): Promise<Document> {
  const xml = (await (await JSZip.loadAsync(bytes)).file(name)?.async('string')) ?? '';
  return parseXml(xml);
}

/** SpreadsheetML's own escape read back: _x0041_ is "A", so a literal _x0041_ is written _x005F_x0041_. */
const unescapeSpreadsheet = (value: string) =>
  value.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)));

/** Single UTF-16 units (lone surrogates among them), whole code points, and the pieces XML and Excel treat apart. */
const textUnit = fc.oneof(
  fc.constantFrom('&', '<', '>', '"', "'", ']]>', '\u0000', '\u0001', '\t', '\r', '\uFFFE', '\uFFFF', '_x0041_', '='),
  fc.integer({ min: 0, max: 0xffff }).map((code) => String.fromCharCode(code)),
  fc.string({ unit: 'binary', minLength: 1, maxLength: 1 }),
);
const hostileText = fc.string({ unit: textUnit, maxLength: 12 });
/** What the API sends, kept small so a counterexample reads: the texts and numbers, spread over every field. */
const hostileContent = fc.record({
  language: fc.constantFrom('zh' as const, 'en' as const),
  texts: fc.array(hostileText, { minLength: 1, maxLength: 30 }),
  numbers: fc.array(fc.double(), { minLength: 1, maxLength: 30 }),
});
const inputOf = ({ language, texts, numbers }: typeof hostileContent extends fc.Arbitrary<infer T> ? T : never) =>
  withContent(briefingInputFor(language), texts, numbers);

describe('briefing files hold any text the API sends', () => {
  it('writes a workbook whose every part is well-formed UTF-8 XML, with every data row kept', async () => {
    await fc.assert(
      fc.asyncProperty(hostileContent, async (content) => {
        const input = inputOf(content);
        const bytes = await inBrowserEncoding(() => buildWorkbook(input));
        expect(await xmlProblems(bytes)).toEqual([]);
        const rows = (await part(bytes, 'xl/worksheets/sheet1.xml')).getElementsByTagName('row');
        expect(rows).toHaveLength(1 + input.areas.flatMap((area) => area.indicators).length);
      }),
      { numRuns: 40 },
    );
  }, 120_000);

  it('keeps a character outside the BMP whole where a part crosses JSZip’s 16 KiB slices', async () => {
    // Half the run starts on an even UTF-16 offset and half on an odd one, so one half meets a slice boundary mid-pair.
    const rareCharacters = `${'𫛺'.repeat(9000)}a${'𫛺'.repeat(9000)}`;
    const input = withContent(briefingInputFor('zh'), [rareCharacters], [1]);
    expect(await xmlProblems(await inBrowserEncoding(() => buildWorkbook(input)))).toEqual([]);
    expect(await xmlProblems(await inBrowserEncoding(() => buildDeck(input)))).toEqual([]);
  }, 120_000);

  it('writes a deck whose every part (embedded chart workbooks too) is well-formed UTF-8 XML', async () => {
    await fc.assert(
      fc.asyncProperty(hostileContent, async (content) => {
        const bytes = await inBrowserEncoding(() => buildDeck(inputOf(content)));
        expect(await xmlProblems(bytes)).toEqual([]);
      }),
      { numRuns: 30 },
    );
  }, 120_000);

  it('keeps a hostile region as text: XML-forbidden characters dropped, the rest as sent, no formula', async () => {
    const base = briefingInputFor('en');
    const input = { ...base, report: { ...base.report, region: { zh: HOSTILE_TEXT, en: HOSTILE_TEXT } } };
    const bytes = await inBrowserEncoding(() => buildWorkbook(input));
    expect(await xmlProblems(bytes)).toEqual([]);
    const about = await part(bytes, 'xl/worksheets/sheet3.xml');
    const region = [...about.getElementsByTagName('c')].find((cell) => cell.getAttribute('r') === 'B2');
    expect(region?.getAttribute('t')).toBe('inlineStr');
    expect(region?.getElementsByTagName('f')).toHaveLength(0);
    expect(unescapeSpreadsheet(region?.textContent ?? '')).toBe('A&B <C> "D"  _x0041_ =1+1');

    const deck = await inBrowserEncoding(() => buildDeck(input));
    expect(await xmlProblems(deck)).toEqual([]);
    const app = await part(deck, 'docProps/app.xml');
    expect(app.getElementsByTagName('Company')[0]?.textContent).toBe('A&B <C> "D"  _x0041_ =1+1');
    const core = await part(deck, 'docProps/core.xml');
    expect(core.getElementsByTagName('dc:subject')[0]?.textContent).toBe('A&B <C> "D"  _x0041_ =1+1');
    const titleSlide = await part(deck, 'ppt/slides/slide1.xml');
    const runs = [...titleSlide.getElementsByTagName('a:t')].map((run) => run.textContent);
    expect(runs).toContain('A&B <C> "D"  _x0041_ =1+1');
  });

  it('writes NaN and infinities as empty cells the row names, and as the catalogue text on the slide', async () => {
    const base = briefingInputFor('en');
    const areas = base.areas.map(({ area, indicators }) => ({
      area,
      indicators: indicators.map((indicator) =>
        indicator.id === 'mobile-phone-users'
          ? {
              ...indicator,
              observations: indicator.observations.map((observation, index) => ({
                ...observation,
                value: index === 0 ? Number.NEGATIVE_INFINITY : Number.NaN,
              })),
            }
          : indicator,
      ),
    }));
    const input = { ...base, areas };
    const bytes = await inBrowserEncoding(() => buildWorkbook(input));
    expect(await xmlProblems(bytes)).toEqual([]);
    const cellsOf = (sheet: Document, id: string) =>
      [...sheet.getElementsByTagName('row')]
        .map(
          (row) => new Map([...row.getElementsByTagName('c')].map((c) => [c.getAttribute('r')?.replace(/\d+/, ''), c])),
        )
        .filter((cells) => [...cells.values()].some((cell) => cell.textContent === id));
    const headerOf = (sheet: Document) =>
      [...(sheet.getElementsByTagName('row')[0]?.getElementsByTagName('c') ?? [])].map((cell) => cell.textContent);
    const indicators = await part(bytes, 'xl/worksheets/sheet1.xml');
    const header = headerOf(indicators);
    const letter = (title: string) => String.fromCharCode(65 + header.indexOf(title));
    const [mobile] = cellsOf(indicators, 'mobile-phone-users');
    expect(header).toContain('Invalid values (left empty)');
    expect(mobile?.get(letter('Latest value'))).toBeUndefined();
    expect(mobile?.get(letter('Invalid values (left empty)'))?.textContent).toBe('Latest value');
    const observations = await part(bytes, 'xl/worksheets/sheet2.xml');
    const rows = cellsOf(observations, 'mobile-phone-users');
    expect(rows).toHaveLength(2);
    expect(rows.map((cells) => cells.get('D'))).toEqual([undefined, undefined]);
    expect(headerOf(observations)[7]).toBe('Invalid values (left empty)');
    expect(rows.map((cells) => cells.get('H')?.textContent)).toEqual(['Value', 'Value']);

    const deck = await inBrowserEncoding(() => buildDeck(input));
    expect(await xmlProblems(deck)).toEqual([]);
    const zip = await JSZip.loadAsync(deck);
    const slides = await Promise.all(
      Object.keys(zip.files)
        .filter((name) => /^ppt\/slides\/slide\d+\.xml$/.test(name))
        .map((name) => zip.file(name)?.async('string') ?? ''),
    );
    expect(slides.some((slide) => slide.includes('Value cannot be shown exactly'))).toBe(true);
  });

  it('names sheets as Excel requires: whole characters, at most 31 units, no [ ] : * ? / \\, none twice', () => {
    expect(sheetNames(['指标', 'a:b', 'A:B', `${'x'.repeat(30)}\u{1F600}`, "'q'", ''])).toEqual([
      '指标',
      'a b',
      'A B (2)',
      'x'.repeat(30),
      'q',
      'Sheet6',
    ]);
    fc.assert(
      fc.property(fc.array(hostileText, { maxLength: 8 }), (names) => {
        const written = sheetNames(names);
        expect(new Set(written.map((name) => name.toLowerCase())).size).toBe(names.length);
        for (const name of written) {
          expect(name.length).toBeGreaterThan(0);
          expect(name.length).toBeLessThanOrEqual(31);
          expect(name).toBe(xmlText(name));
          expect(name).not.toMatch(/[[\]:*?/\\]|^'|'$/);
        }
      }),
    );
  });
});

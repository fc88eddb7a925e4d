import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildDeck } from '../../src/widgets/briefing-files/build-deck';
import { buildWorkbook } from '../../src/widgets/briefing-files/build-workbook';
import { articleFigures } from '../fixtures/article-figures';
import { briefingInputFor, HOSTILE_TEXT_KEPT, withHostileNames } from '../setup/briefing-input';
import { inBrowserEncoding } from '../setup/browser-zip';

/**
 * The deck and the workbook as an official's office suite sees them: LibreOffice headless opens both (a file it
 * cannot read fails the conversion) and prints them to PDF, and every figure is found in the PDF's text.
 */

const run = promisify(execFile);
let directory = '';
const pdfText: Record<string, string> = {};

/** Without whitespace: LibreOffice spaces CJK from Latin text and wraps lines, pdftotext keeps both. */
const squeeze = (value: string) => value.replace(/\s+/g, '');

beforeAll(async () => {
  directory = await mkdtemp(join(tmpdir(), 'briefing-office-'));
  const files: string[] = [];
  for (const language of ['zh', 'en'] as const) {
    const input = briefingInputFor(language);
    await writeFile(join(directory, `deck-${language}.pptx`), await buildDeck(input));
    await writeFile(join(directory, `book-${language}.xlsx`), await buildWorkbook(input));
    files.push(`deck-${language}.pptx`, `book-${language}.xlsx`);
  }
  // Names and region a contract-valid API may send, built as a browser builds them (JSZip without Buffer).
  const hostile = withHostileNames(briefingInputFor('zh'));
  await writeFile(join(directory, 'deck-hostile.pptx'), await inBrowserEncoding(() => buildDeck(hostile)));
  await writeFile(join(directory, 'book-hostile.xlsx'), await inBrowserEncoding(() => buildWorkbook(hostile)));
  files.push('deck-hostile.pptx', 'book-hostile.xlsx');
  // A profile of its own, so a LibreOffice the user has open (or another run) does not take the conversion over.
  await run(
    'soffice',
    [
      `-env:UserInstallation=file://${join(directory, 'profile')}`,
      '--headless',
      '--convert-to',
      'pdf',
      '--outdir',
      join(directory, 'pdf'),
      ...files.map((file) => join(directory, file)),
    ],
    { timeout: 280_000 },
  );
  for (const file of files) {
    const pdf = join(directory, 'pdf', file.replace(/\.\w+$/, '.pdf'));
    const { stdout } = await run('pdftotext', ['-enc', 'UTF-8', pdf, '-']);
    pdfText[file] = stdout;
  }
});

afterAll(async () => {
  if (directory) await rm(directory, { recursive: true, force: true });
});

describe('LibreOffice opens the exported files', () => {
  for (const language of ['zh', 'en'] as const) {
    it(`prints every figure of the deck, with its comparisons (${language})`, async () => {
      const text = squeeze(pdfText[`deck-${language}.pptx`] ?? '');
      expect(text.length).toBeGreaterThan(0);
      for (const figure of articleFigures) {
        const card = figure[language];
        expect(text, `${figure.id}: ${card.figure}`).toContain(squeeze(card.figure));
        expect(text, figure.id).toContain(squeeze(card.name));
        for (const badge of card.badges) expect(text, `${figure.id}: ${badge}`).toContain(squeeze(badge));
      }
      const pages = (await run('pdfinfo', [join(directory, 'pdf', `deck-${language}.pdf`)])).stdout;
      expect(pages).toMatch(/Pages:\s+18\b/);
    });

    it(`prints every indicator of the workbook with its number as printed (${language})`, async () => {
      const text = squeeze(pdfText[`book-${language}.xlsx`] ?? '');
      for (const figure of articleFigures) {
        expect(text, figure.id).toContain(squeeze(figure[language].name));
        // The number the article prints (4261.7 of 4261.7万户, 122.9 of 每百人122.9部), as the cell shows it.
        const printedNumber = /\d+(\.\d+)?/.exec(figure.printed)?.[0] ?? '';
        expect(text, `${figure.id}: ${printedNumber}`).toContain(printedNumber);
      }
      expect(text).toContain('2025-07-31');
    });
  }

  it('keeps the files readable: the PDFs are real documents, not a conversion error', async () => {
    const header = (await readFile(join(directory, 'pdf', 'deck-zh.pdf'))).subarray(0, 5).toString('latin1');
    expect(header).toBe('%PDF-');
  });

  it('opens files whose names and region hold markup, controls, a lone surrogate, _x0041_ and a formula', async () => {
    const deck = squeeze(pdfText['deck-hostile.pptx'] ?? '');
    expect(deck).toContain(squeeze(HOSTILE_TEXT_KEPT));
    const pages = (await run('pdfinfo', [join(directory, 'pdf', 'deck-hostile.pdf')])).stdout;
    expect(pages).toMatch(/Pages:\s+18\b/);
    expect(squeeze(pdfText['book-hostile.xlsx'] ?? '')).toContain(squeeze(HOSTILE_TEXT_KEPT));

    // openpyxl, as a statistician's script reads the workbook: every sheet, row and name as sent.
    const { stdout } = await run('/usr/bin/python3', [
      '-c',
      [
        'import json, sys, openpyxl',
        'book = openpyxl.load_workbook(sys.argv[1])',
        'sheets = {sheet.title: [[cell.value for cell in row] for row in sheet.iter_rows()] for sheet in book.worksheets}',
        'print(json.dumps(sheets, default=str))',
      ].join('\n'),
      join(directory, 'book-hostile.xlsx'),
    ]);
    // openpyxl 3.0 reads an inline string's _xHHHH_ escapes as written (Excel and LibreOffice read them as the
    // character), so the spec's reading is applied here.
    const unescape = (value: string | number | null) =>
      typeof value === 'string'
        ? value.replace(/_x([0-9a-f]{4})_/gi, (_, hex: string) => String.fromCharCode(Number.parseInt(hex, 16)))
        : value;
    const sheets = Object.fromEntries(
      Object.entries(JSON.parse(stdout) as Record<string, (string | number | null)[][]>).map(([name, rows]) => [
        name,
        rows.map((row) => row.map(unescape)),
      ]),
    );
    const indicators = briefingInputFor('zh').areas.flatMap((area) => area.indicators);
    expect(Object.keys(sheets)).toEqual(['指标', '观测值', '说明']);
    expect(sheets['指标']?.slice(1).map((row) => row[2])).toEqual(
      indicators.map((indicator) => `${HOSTILE_TEXT_KEPT} ${indicator.name.zh}`),
    );
    expect(sheets['观测值']).toHaveLength(1 + indicators.flatMap((indicator) => indicator.observations).length);
    const region = sheets['说明']?.find((row) => row[0] === '地区');
    expect(region?.[1]).toBe(HOSTILE_TEXT_KEPT);
  });
});

import PptxGenJS from 'pptxgenjs';
import type { Indicator } from '@/api/schemas';
import { comparisonLabel, formatDate, formatPeriod } from '@/domain/format';
import type { Language } from '@/domain/i18n/language';
import { loadMessages, type Messages } from '@/domain/i18n/messages';
import { escapeXml, xmlText } from '@/lib/xml-text';
import { buildAreaChartSpecs, findChartDefinition } from '@/widgets/charts/model/area-chart-specs';
import type { ChartSpec } from '@/widgets/charts/model/chart-model';
import { describeChart, formatChartCell } from '@/widgets/charts/model/chart-text';
import { areaHeadlineIds, headlineComparison } from '@/widgets/indicators/area-headlines';
import { headlineFigure } from '@/widgets/indicators/headline-figure';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { isIllustrative, type BriefingInput } from './briefing-input';
import { deckCharts, type DeckChart } from './deck-charts';
import { indicatorLines } from './indicator-lines';
import { writeTextPartsAsBytes } from './whole-characters-zip';

writeTextPartsAsBytes();

/** A CJK font PowerPoint and WPS have; LibreOffice substitutes the nearest CJK font it finds. */
const FONT = 'Microsoft YaHei';
const INK = '1F2937';
const MUTED = '4B5563';
const POSITIVE = '047857';
const WARNING = 'B45309';
const CARD_FILL = 'F3F4F6';
const CARD_LINE = 'D1D5DB';
const LINE_COLOURS = ['1D4ED8', 'B45309', '0F766E', '7C3AED', '4B5563'];
/** 16:9 in inches. */
const WIDTH = 10;
const MARGIN = 0.4;
const CONTENT_TOP = 0.95;
const FOOTER_TOP = 5.12;
const CARDS_PER_SLIDE = 8;

/**
 * A new slide that takes every text, note and chart word through `xmlText`: pptxgenjs escapes & < > " ' itself but
 * keeps the characters XML cannot hold. Slides are only made here, so no text reaches pptxgenjs another way.
 */
function newSlide(pptx: PptxGenJS) {
  const slide = pptx.addSlide();
  slide.background = { color: 'FFFFFF' };
  return {
    addShape: (shape: PptxGenJS.SHAPE_NAME, options: PptxGenJS.ShapeProps) => slide.addShape(shape, options),
    addText: (text: string | PptxGenJS.TextProps[], options: PptxGenJS.TextPropsOptions) =>
      slide.addText(
        typeof text === 'string'
          ? xmlText(text)
          : text.map((run) => (run.text === undefined ? run : { ...run, text: xmlText(run.text) })),
        options,
      ),
    addNotes: (notes: string) => slide.addNotes(xmlText(notes)),
    addChart: (type: PptxGenJS.CHART_NAME, data: DeckChart['data'], options: PptxGenJS.IChartOpts) =>
      slide.addChart(
        type,
        data.map((series) => ({ ...series, name: xmlText(series.name), labels: series.labels.map(xmlText) })),
        { ...options, valAxisTitle: options.valAxisTitle === undefined ? undefined : xmlText(options.valAxisTitle) },
      ),
  };
}

type Slide = ReturnType<typeof newSlide>;

interface DeckContext {
  input: BriefingInput;
  t: Messages;
  illustrative: boolean;
  footer: string;
}

function addFrame(slide: Slide, context: DeckContext, heading: string, kicker?: string) {
  if (kicker) {
    slide.addText(kicker, { x: MARGIN, y: 0.15, w: 5.6, h: 0.3, fontFace: FONT, fontSize: 11, color: MUTED });
  }
  slide.addText(heading, {
    x: MARGIN,
    y: kicker ? 0.4 : 0.25,
    w: WIDTH - 2 * MARGIN,
    h: 0.5,
    fontFace: FONT,
    // A long (English) chart title stays on one line rather than running into the chart.
    fontSize: heading.length > 70 ? 14 : heading.length > 50 ? 16 : 20,
    bold: true,
    color: INK,
    valign: 'top',
  });
  if (context.illustrative) {
    slide.addText(context.t.illustrative, {
      x: WIDTH - MARGIN - 3.6,
      y: 0.1,
      w: 3.6,
      h: 0.3,
      fontFace: FONT,
      fontSize: 11,
      bold: true,
      color: WARNING,
      align: 'right',
    });
  }
  slide.addText(context.footer, {
    x: MARGIN,
    y: FOOTER_TOP,
    w: WIDTH - 2 * MARGIN,
    h: 0.45,
    fontFace: FONT,
    fontSize: 8,
    color: MUTED,
    valign: 'top',
  });
}

/** The verbatim source sentences of the figures on a slide, without repeats. */
function addSourceNotes(slide: Slide, context: DeckContext, indicators: Indicator[]) {
  const quotes = [...new Set(indicators.map((indicator) => indicator.source.quote))];
  const intro =
    indicators.some((indicator) => indicator.illustrative) || context.illustrative
      ? context.t.briefingNotesIllustrative
      : context.t.briefingNotesSources;
  slide.addNotes([intro, ...quotes].join('\n'));
}

function addTitleSlide(pptx: PptxGenJS, context: DeckContext) {
  const { report, language } = context.input;
  const { t } = context;
  const slide = newSlide(pptx);
  addFrame(slide, context, '');
  slide.addText(report.region[language], {
    x: MARGIN,
    y: 1.1,
    w: 9.2,
    h: 0.4,
    fontFace: FONT,
    fontSize: 16,
    color: MUTED,
  });
  slide.addText(report.title[language], {
    x: MARGIN,
    y: 1.5,
    w: 9.2,
    h: 1.4,
    fontFace: FONT,
    fontSize: 30,
    bold: true,
    color: INK,
    valign: 'top',
  });
  slide.addText(
    [
      { text: `${t.asOf} ${formatDate(report.asOf, language)}`, options: { bold: true, breakLine: true } },
      { text: `${t.briefingBaselineDate} ${formatDate(report.baselineDate, language)} · ${t.baseline}` },
    ],
    { x: MARGIN, y: 3.1, w: 9.2, h: 0.8, fontFace: FONT, fontSize: 14, color: INK, valign: 'top' },
  );
  slide.addText(`${t.sourceLine}${sourceCredit(report, language)}`, {
    x: MARGIN,
    y: 4.0,
    w: 9.2,
    h: 0.7,
    fontFace: FONT,
    fontSize: 12,
    color: MUTED,
    valign: 'top',
  });
  slide.addNotes(`${t.sourceLine}${sourceCredit(report, language)}`);
}

function addKeyFiguresSlide(pptx: PptxGenJS, context: DeckContext) {
  const { input, t } = context;
  const { language } = input;
  const slide = newSlide(pptx);
  addFrame(slide, context, t.briefingKeyFigures);
  const shown: Indicator[] = [];
  const columns = 3;
  const gap = 0.2;
  const width = (WIDTH - 2 * MARGIN - (columns - 1) * gap) / columns;
  const height = 1.8;
  input.areas.forEach(({ area, indicators }, index) => {
    const indicator = indicators.find((candidate) => candidate.id === areaHeadlineIds[area.id]);
    if (!indicator) return;
    shown.push(indicator);
    const comparison = headlineComparison(indicator);
    const x = MARGIN + (index % columns) * (width + gap);
    const y = CONTENT_TOP + 0.1 + Math.floor(index / columns) * (height + gap);
    slide.addShape(pptx.ShapeType.rect, {
      x,
      y,
      w: width,
      h: height,
      fill: { color: CARD_FILL },
      line: { color: CARD_LINE },
    });
    slide.addText(
      [
        { text: area.name[language], options: { fontSize: 10, color: MUTED, breakLine: true } },
        { text: indicator.name[language], options: { fontSize: 12, color: INK, breakLine: true } },
        {
          text: headlineFigure(indicator, language),
          options: { fontSize: 24, bold: true, color: INK, breakLine: true },
        },
        ...(comparison
          ? [
              {
                text: comparisonLabel(comparison, indicator, language),
                options: { fontSize: 11, color: POSITIVE, breakLine: true },
              },
            ]
          : []),
        ...(indicator.illustrative ? [{ text: t.illustrative, options: { fontSize: 9, color: WARNING } }] : []),
      ],
      { x: x + 0.1, y: y + 0.05, w: width - 0.2, h: height - 0.1, fontFace: FONT, valign: 'top' },
    );
  });
  addSourceNotes(slide, context, shown);
}

function addCardSlides(pptx: PptxGenJS, context: DeckContext, area: BriefingInput['areas'][number]) {
  const { input, t } = context;
  const { language, report } = input;
  for (let start = 0; start < area.indicators.length; start += CARDS_PER_SLIDE) {
    const page = area.indicators.slice(start, start + CARDS_PER_SLIDE);
    const slide = newSlide(pptx);
    addFrame(
      slide,
      context,
      `${area.area.heading[language]}${start > 0 ? t.briefingContinued : ''}`,
      area.area.name[language],
    );
    const columns = 4;
    const gap = 0.15;
    const width = (WIDTH - 2 * MARGIN - (columns - 1) * gap) / columns;
    const height = page.length > columns ? 1.95 : 1.7;
    page.forEach((indicator, index) => {
      const lines = indicatorLines(indicator, report.baselineDate, report.asOf, language, t);
      const x = MARGIN + (index % columns) * (width + gap);
      const y = CONTENT_TOP + Math.floor(index / columns) * (height + gap);
      slide.addShape(pptx.ShapeType.rect, {
        x,
        y,
        w: width,
        h: height,
        fill: { color: CARD_FILL },
        line: { color: CARD_LINE },
      });
      slide.addText(
        [
          { text: lines.name, options: { fontSize: 10, color: MUTED, breakLine: true } },
          { text: lines.figure, options: { fontSize: 18, bold: true, color: INK, breakLine: true } },
          ...(lines.cumulative
            ? [{ text: lines.cumulative, options: { fontSize: 8, color: MUTED, breakLine: true } }]
            : []),
          ...lines.badges.map((badge) => ({
            text: badge.text,
            options: { fontSize: 9, color: badge.rises ? POSITIVE : INK, breakLine: true },
          })),
          ...(lines.before ? [{ text: lines.before, options: { fontSize: 8, color: MUTED, breakLine: true } }] : []),
          ...(lines.examples
            ? [{ text: lines.examples, options: { fontSize: 8, color: MUTED, breakLine: true } }]
            : []),
          ...(lines.note ? [{ text: lines.note, options: { fontSize: 8, color: MUTED, breakLine: true } }] : []),
          ...(lines.ownDate ? [{ text: lines.ownDate, options: { fontSize: 8, color: MUTED, breakLine: true } }] : []),
          ...(lines.illustrative ? [{ text: lines.illustrative, options: { fontSize: 8, color: WARNING } }] : []),
        ],
        {
          x: x + 0.06,
          y: y + 0.04,
          w: width - 0.12,
          h: height - 0.08,
          fontFace: FONT,
          valign: 'top',
          paraSpaceAfter: 2,
        },
      );
    });
    addSourceNotes(slide, context, page);
  }
}

/** pptxgenjs' types name only minMax, but it writes whatever it is given into c:orientation, and maxMin is valid. */
const orientation = (reversed: boolean | undefined) => (reversed ? 'maxMin' : 'minMax') as 'minMax';

function chartOptions(chart: DeckChart, box: { x: number; y: number; w: number; h: number }): PptxGenJS.IChartOpts {
  const { options } = chart;
  return {
    ...box,
    barDir: options.barDir,
    barGrouping: 'clustered',
    chartColors: chart.type === 'line' ? LINE_COLOURS : (chart.colours ?? ['1D4ED8']),
    showLegend: options.legend,
    legendPos: 'b',
    legendFontFace: FONT,
    legendFontSize: 10,
    catAxisLabelFontFace: FONT,
    catAxisLabelFontSize: chart.type === 'line' && !options.dotsOnly ? 9 : 10,
    catAxisLabelFrequency: options.labelEvery ? String(options.labelEvery) : undefined,
    valAxisLabelFontFace: FONT,
    valAxisLabelFontSize: 10,
    valAxisLabelFormatCode: 'General',
    valAxisOrientation: orientation(options.reversedValues),
    valAxisMinVal: options.minValue,
    valAxisMaxVal: options.maxValue,
    valAxisMajorUnit: options.majorUnit,
    showValAxisTitle: true,
    valAxisTitle: chart.axisTitle,
    valAxisTitleFontFace: FONT,
    valAxisTitleFontSize: 10,
    valGridLine: { color: 'E5E7EB', size: 0.5 },
    showValue: options.dataLabels,
    dataLabelFormatCode: 'General',
    dataLabelFontFace: FONT,
    dataLabelFontSize: 10,
    dataLabelColor: INK,
    dataLabelPosition: chart.type === 'line' ? 't' : 'outEnd',
    lineSize: options.dotsOnly ? 0 : 2,
    lineDataSymbol: options.dotsOnly ? 'circle' : 'none',
    lineDataSymbolSize: 10,
    // A lone bar stays a bar, not a block filling the plot.
    barGapWidthPct: chart.data[0] && chart.data[0].values.length > 1 ? 60 : 250,
  };
}

/**
 * Every value a category chart draws, as the page writes it; for a time chart (every point is in its data) each
 * series' latest value, so the caption stays short.
 */
function chartCaption(spec: ChartSpec, language: Language, t: Messages): string {
  if (spec.kind !== 'time-lines') return describeChart(spec, language);
  return spec.series
    .flatMap((series) => {
      const latest = [...spec.rows].reverse().find((row) => row.values[series.key] !== undefined);
      if (!latest) return [];
      const period = formatPeriod(latest.key, spec.frequency, language);
      return [
        `${series.label[language]}${t.punctuation.colon}${period} ${formatChartCell(spec, latest, series.key, language)}`,
      ];
    })
    .join(t.punctuation.item);
}

/** The indicators a chart shows: its rows, its series, and the parts and wholes of derived shares. */
function chartIndicators(spec: ChartSpec, indicators: Indicator[]): Indicator[] {
  const definition = findChartDefinition(spec.id);
  const ids = new Set([
    ...spec.rows.map((row) => row.key),
    ...spec.series.map((series) => series.key),
    ...(definition?.build === 'shares'
      ? (definition.derivedShares ?? []).flatMap((share) => [share.partId, share.wholeId])
      : []),
  ]);
  return indicators.filter((indicator) => ids.has(indicator.id));
}

function addChartSlide(pptx: PptxGenJS, context: DeckContext, area: BriefingInput['areas'][number], spec: ChartSpec) {
  const { language } = context.input;
  const slide = newSlide(pptx);
  addFrame(slide, context, spec.title[language], `${area.area.name[language]} · ${context.t.briefingCharts}`);
  const charts = deckCharts(spec, language, context.t);
  const captionHeight = 0.75;
  const top = CONTENT_TOP + 0.05;
  const height = FOOTER_TOP - top - captionHeight - 0.05;
  const width = (WIDTH - 2 * MARGIN - (charts.length - 1) * 0.2) / charts.length;
  charts.forEach((chart, index) => {
    const type = chart.type === 'line' ? pptx.ChartType.line : pptx.ChartType.bar;
    slide.addChart(
      type,
      chart.data,
      chartOptions(chart, { x: MARGIN + index * (width + 0.2), y: top, w: width, h: height }),
    );
  });
  const caption = [chartCaption(spec, language, context.t), spec.note?.[language]]
    .filter(Boolean)
    .join(context.t.punctuation.sentence);
  slide.addText(caption, {
    x: MARGIN,
    y: top + height + 0.05,
    w: WIDTH - 2 * MARGIN,
    h: captionHeight,
    fontFace: FONT,
    fontSize: 9,
    color: INK,
    valign: 'top',
  });
  addSourceNotes(slide, context, chartIndicators(spec, area.indicators));
}

/** The briefing deck: title, key figures, then per area its figures as cards and each of its charts natively. */
export async function buildDeck(input: BriefingInput): Promise<Uint8Array<ArrayBuffer>> {
  const t = await loadMessages(input.language);
  const { report, language } = input;
  const illustrative = isIllustrative(input);
  const context: DeckContext = {
    input,
    t,
    illustrative,
    footer: `${t.sourceLine}${sourceCredit(report, language)} · ${t.asOf} ${formatDate(report.asOf, language)}`,
  };
  const pptx = new PptxGenJS();
  pptx.layout = 'LAYOUT_16x9';
  pptx.title = xmlText(report.title[language]);
  pptx.subject = xmlText(report.region[language]);
  // pptxgenjs escapes title, subject and author, but writes company into docProps/app.xml as given.
  pptx.company = escapeXml(report.region[language]);
  pptx.author = xmlText(illustrative ? t.illustrative : sourceCredit(report, language));
  pptx.theme = { headFontFace: FONT, bodyFontFace: FONT };

  addTitleSlide(pptx, context);
  addKeyFiguresSlide(pptx, context);
  for (const area of input.areas) {
    addCardSlides(pptx, context, area);
    for (const spec of buildAreaChartSpecs(area.area.id, area.indicators, report)) {
      addChartSlide(pptx, context, area, spec);
    }
  }
  const bytes = await pptx.write({ outputType: 'uint8array', compression: true });
  // write() is typed for every output type at once; 'uint8array' gives a Uint8Array, copied onto its own buffer.
  return new Uint8Array(bytes as Uint8Array);
}

export const PPTX_MIME = 'application/vnd.openxmlformats-officedocument.presentationml.presentation';

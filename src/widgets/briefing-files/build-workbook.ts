import type { Comparison, Indicator, Multiplier } from '@/api/schemas';
import { exportUnit, formatRank } from '@/domain/format';
import { loadMessages } from '@/domain/i18n/messages';
import { sourceCredit } from '@/widgets/source-credit/source-credit';
import { isIllustrative, type BriefingInput } from './briefing-input';
import { date, decimalsOf, empty, number, text, writeWorkbook, type Cell, type Sheet } from './spreadsheet-xml';

const englishMultiplier: Record<Multiplier, string> = { 1: '', 10000: '10,000 ', 100000000: '100 million ' };

/** The printed unit in English words: 万户 → "10,000 subscribers", 亿元 → "100 million CNY". */
function englishUnit(indicator: Indicator): string {
  if (indicator.unit === 'percent' || indicator.unit === 'rank') return exportUnit(indicator.unit, 1, 'en');
  return `${englishMultiplier[indicator.multiplier]}${exportUnit(indicator.unit, 1, 'en')}`;
}

/** NaN or an infinity is no figure: its cell stays empty and the row's 无效数值 column names it. */
const isInvalid = (value: number | undefined) => value !== undefined && !Number.isFinite(value);

const valueCell = (value: number | undefined): Cell =>
  value === undefined || isInvalid(value) ? empty : number(value, decimalsOf(value));

function comparisonOf<K extends Comparison['kind']>(indicator: Indicator, kind: K) {
  return indicator.comparisons.filter((comparison): comparison is Comparison & { kind: K } => comparison.kind === kind);
}

/**
 * The briefing workbook: 指标 (one row per indicator, the latest value as a number in the printed unit), 观测值 (every
 * observation) and 说明 (what the file is, from where and when).
 */
export async function buildWorkbook(input: BriefingInput): Promise<Uint8Array<ArrayBuffer>> {
  const t = await loadMessages(input.language);
  const { report, language } = input;
  const english = language === 'en';
  const illustrative = isIllustrative(input);
  const all = input.areas.flatMap(({ area, indicators }) => indicators.map((indicator) => ({ area, indicator })));
  const invalidColumns = (indicator: Indicator) =>
    (
      [
        [t.columnLatest, indicator.observations.at(-1)?.value],
        [t.columnNetIncrease, comparisonOf(indicator, 'net-increase')[0]?.value],
        [t.columnGrowthRate, comparisonOf(indicator, 'growth-rate')[0]?.percent],
        [t.columnAnnualGrowthRate, comparisonOf(indicator, 'annual-growth-rate')[0]?.percent],
      ] as const
    ).flatMap(([column, value]) => (isInvalid(value) ? [column] : []));
  const anyInvalidIndicator = all.some(({ indicator }) => invalidColumns(indicator).length > 0);
  const anyInvalidObservation = all.some(({ indicator }) =>
    indicator.observations.some((observation) => isInvalid(observation.value)),
  );

  const indicatorRows: Cell[][] = [
    [
      t.columnArea,
      t.columnId,
      t.columnIndicator,
      t.columnLatest,
      t.columnUnit,
      ...(english ? [t.columnUnitEnglish] : []),
      t.columnDate,
      t.columnBound,
      t.columnMeasure,
      t.columnNetIncrease,
      t.columnGrowthRate,
      t.columnAnnualGrowthRate,
      t.columnRank,
      t.columnDerived,
      ...(illustrative ? [t.columnIllustrative] : []),
      ...(anyInvalidIndicator ? [t.columnInvalid] : []),
      t.columnSource,
    ].map(text),
    ...all.map(({ area, indicator }) => {
      const latest = indicator.observations.at(-1);
      const netIncrease = comparisonOf(indicator, 'net-increase')[0];
      const derived = [
        ...(latest?.derived ? [t.columnLatest] : []),
        ...(netIncrease?.derived ? [t.columnNetIncrease] : []),
      ];
      return [
        text(area.name[language]),
        text(indicator.id),
        text(indicator.name[language]),
        valueCell(latest?.value),
        text(exportUnit(indicator.unit, indicator.multiplier, 'zh')),
        ...(english ? [text(englishUnit(indicator))] : []),
        latest ? date(latest.date) : empty,
        latest?.bound === 'at-least' ? text(t.boundAtLeast) : empty,
        indicator.measure === 'cumulative-since-2021' ? text(t.cumulative) : empty,
        valueCell(netIncrease?.value),
        valueCell(comparisonOf(indicator, 'growth-rate')[0]?.percent),
        valueCell(comparisonOf(indicator, 'annual-growth-rate')[0]?.percent),
        ...[comparisonOf(indicator, 'rank')].map((ranks) =>
          ranks.length > 0
            ? text(ranks.map((rank) => formatRank(rank.position, rank.scope, language)).join(t.punctuation.item))
            : empty,
        ),
        derived.length > 0 ? text(derived.join(t.punctuation.cellList)) : empty,
        ...(illustrative ? [indicator.illustrative ? text(t.illustrative) : empty] : []),
        ...(anyInvalidIndicator
          ? [
              invalidColumns(indicator).length > 0
                ? text(invalidColumns(indicator).join(t.punctuation.cellList))
                : empty,
            ]
          : []),
        text(indicator.source.quote),
      ];
    }),
  ];

  const observationRows: Cell[][] = [
    [
      t.columnId,
      t.columnIndicator,
      t.columnDate,
      t.columnValue,
      t.columnUnit,
      t.columnDerived,
      t.columnBound,
      ...(anyInvalidObservation ? [t.columnInvalid] : []),
      t.columnObservationSource,
    ].map(text),
    ...all.flatMap(({ indicator }) =>
      indicator.observations.map((observation) => [
        text(indicator.id),
        text(indicator.name[language]),
        date(observation.date),
        valueCell(observation.value),
        text(exportUnit(indicator.unit, indicator.multiplier, 'zh')),
        observation.derived ? text(t.yes) : empty,
        text(observation.bound === 'at-least' ? t.boundAtLeast : t.boundExact),
        ...(anyInvalidObservation ? [isInvalid(observation.value) ? text(t.columnValue) : empty] : []),
        // The article's own figures name no source of their own: the indicator's sentence is theirs.
        text(observation.source ?? indicator.source.quote),
      ]),
    ),
  ];

  const aboutRows: Cell[][] = [
    [text(t.aboutTitle), text(report.title[language])],
    [text(t.aboutRegion), text(report.region[language])],
    ...(illustrative
      ? [[text(t.aboutWarning), text(`${t.illustrative}${t.punctuation.colon}${t.illustrativeHint}`)]]
      : []),
    [text(t.aboutSource), text(sourceCredit(report, language))],
    [text(t.aboutAsOf), date(report.asOf)],
    [text(t.aboutBaseline), date(report.baselineDate)],
    [text(t.aboutGenerated), { kind: 'date-time', date: input.generatedAt }],
    [text(t.aboutNotes), text(t.aboutNotesText)],
  ];

  const sheets: Sheet[] = [
    { name: t.sheetIndicators, rows: indicatorRows, header: true, maxWidth: 80 },
    { name: t.sheetObservations, rows: observationRows, header: true, maxWidth: 80 },
    { name: t.sheetAbout, rows: aboutRows, header: false, maxWidth: 90 },
  ];
  return writeWorkbook(sheets, { title: report.title[language], created: input.generatedAt });
}

import { z } from '@/config/zod';
import { compareIsoDates } from './compare-iso-dates';

/** The API contract. Every response is parsed by one of these; public/openapi.json is generated from them. */
export const contractRegistry = z.registry<{ id: string; description?: string }>();

export const areaIds = ['scale', 'users', 'network', 'compute', 'industry', 'inclusion'] as const;
export const AreaId = z.enum(areaIds);
export type AreaId = z.infer<typeof AreaId>;

export const LocalizedText = z
  .object({ zh: z.string().min(1).max(2000), en: z.string().min(1).max(2000) })
  .register(contractRegistry, { id: 'LocalizedText', description: 'The same text in Chinese and English.' });
export type LocalizedText = z.infer<typeof LocalizedText>;

const isoDate = z.iso.date();

export const unitIds = [
  'cny',
  'subscriber',
  'unit',
  'percent',
  'per-100-people',
  'per-10k-people',
  'km',
  'km-per-km2',
  'rank',
  'city',
  'site',
  'year',
] as const;
export const UnitId = z.enum(unitIds).register(contractRegistry, {
  id: 'Unit',
  description:
    'What one step of a value counts: cny 元, subscriber 户, unit 个 (base stations, ports), percent %, per-100-people 部/百人, per-10k-people 个/万人, km 公里, km-per-km2 公里/平方公里, rank 第N, city 市, site 个 (places), year 年.',
});
export type UnitId = z.infer<typeof UnitId>;

/** 1 as printed, 10^4 for 万, 10^8 for 亿: value × multiplier = the value in the unit. */
export const Multiplier = z.union([z.literal(1), z.literal(10_000), z.literal(100_000_000)]);
export type Multiplier = z.infer<typeof Multiplier>;

export const RankScope = z.enum(['national', 'central-six-provinces']);
export type RankScope = z.infer<typeof RankScope>;

const finiteNumber = z.number().refine(Number.isFinite, 'must be a finite number');

/** A value no real statistic can take for its unit is rejected, so a wrong number is never shown as right. */
function implausibility(unit: UnitId, value: number): string | undefined {
  if (unit === 'percent' && (value < 0 || value > 100)) return 'a percentage must be between 0 and 100';
  if (unit === 'rank' && (!Number.isInteger(value) || value < 1)) return 'a rank must be a whole number from 1';
  if (value < 0) return 'must not be negative';
  return undefined;
}

export const Observation = z
  .object({
    date: isoDate.describe('The date the value refers to (YYYY-MM-DD).'),
    value: finiteNumber.describe('The value in units of `multiplier` × `unit`.'),
    derived: z.boolean().describe('True when computed from other printed figures rather than printed itself.'),
    bound: z.enum(['exact', 'at-least']).describe('at-least where the source says 以上 (“or more”).'),
    printed: z.string().max(200).optional().describe('The figure as it appears in the source text.'),
    source: z
      .string()
      .min(1)
      .max(2000)
      .optional()
      .describe(
        'Where this value comes from when it is not the indicator’s source sentence, e.g. a later monthly bulletin. Absent for the article’s own figures.',
      ),
  })
  .register(contractRegistry, { id: 'Observation', description: 'One value of an indicator at one date.' });
export type Observation = z.infer<typeof Observation>;

export const Comparison = z
  .discriminatedUnion('kind', [
    z.object({
      kind: z.literal('net-increase'),
      value: finiteNumber,
      since: isoDate,
      derived: z.boolean(),
      printed: z.string().max(200).optional(),
    }),
    z.object({
      kind: z.enum(['growth-rate', 'annual-growth-rate']),
      percent: finiteNumber,
      since: isoDate,
      printed: z.string().max(200).optional(),
    }),
    z.object({
      kind: z.literal('rank'),
      position: z.number().int().min(1),
      scope: RankScope,
      printed: z.string().max(200).optional(),
    }),
  ])
  .register(contractRegistry, {
    id: 'Comparison',
    description:
      'How the source compares the latest value: a net increase since a date (same unit and multiplier as the value), a growth rate in percent, or a rank.',
  });
export type Comparison = z.infer<typeof Comparison>;

export const Source = z
  .object({
    quote: z.string().min(1).max(2000).describe('The sentence the figure came from, verbatim, in Chinese.'),
  })
  .register(contractRegistry, { id: 'Source', description: 'Provenance of a figure.' });

export const frequencies = ['monthly', 'quarterly', 'annual', 'irregular'] as const;
export const Frequency = z
  .enum(frequencies)
  .describe(
    'How often the series is observed. monthly, quarterly, annual: one observation per calendar period at most; a period with none is a gap (drawn as a gap, never as zero), and year-on-year and period-on-period changes are computed where both exact points exist. irregular (or absent): observations at any dates, nothing computed between them.',
  )
  .register(contractRegistry, { id: 'Frequency' });
export type Frequency = z.infer<typeof Frequency>;

/** Oldest first, whatever order the API sent: a real statistics API need not sort its series. */
function sortObservationsByDate(observations: unknown): unknown {
  if (!Array.isArray(observations)) return observations;
  const dateOf = (item: unknown) =>
    typeof item === 'object' && item !== null && 'date' in item && typeof item.date === 'string' ? item.date : '';
  return [...observations].sort((a: unknown, b: unknown) => compareIsoDates(dateOf(a), dateOf(b)));
}

/** The calendar period a date falls in, for frequencies that have one. */
function periodOf(date: string, frequency: Frequency | undefined): string | undefined {
  const [year, month] = date.split('-');
  if (frequency === 'monthly') return `${year}-${month}`;
  if (frequency === 'quarterly') return `${year}-Q${Math.ceil(Number(month) / 3)}`;
  if (frequency === 'annual') return year;
  return undefined;
}

export const Indicator = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')
      .max(80),
    area: AreaId,
    name: LocalizedText,
    unit: UnitId,
    multiplier: Multiplier,
    measure: z
      .enum(['stock', 'cumulative-since-2021'])
      .describe('stock: a level at the date; cumulative-since-2021: summed over the plan period up to the date.'),
    frequency: Frequency.optional(),
    observations: z
      .preprocess(sortObservationsByDate, z.array(Observation).min(1))
      .describe(
        'A time series of any length. Sent oldest first; the client sorts by date either way. The latest is the headline and its date is the indicator’s as-of date. Two observations on one date (or, with a regular frequency, in one period) make the indicator invalid.',
      ),
    comparisons: z.array(Comparison),
    examples: z.array(LocalizedText).optional().describe('Items the source names, e.g. the gigabit cities.'),
    note: LocalizedText.optional(),
    illustrative: z
      .boolean()
      .optional()
      .describe(
        'True for synthetic demonstration data: shown as 模拟序列（非真实数据）, never credited to the source.',
      ),
    source: Source,
  })
  .superRefine((indicator, context) => {
    const seenPeriods = new Map<string, string>();
    indicator.observations.forEach((observation, index) => {
      const problem = implausibility(indicator.unit, observation.value);
      if (problem) context.addIssue({ code: 'custom', message: problem, path: ['observations', index, 'value'] });
      const previous = indicator.observations[index - 1];
      if (previous && previous.date === observation.date) {
        context.addIssue({
          code: 'custom',
          message: `two observations share the date ${observation.date}`,
          path: ['observations', index, 'date'],
        });
        return;
      }
      const period = periodOf(observation.date, indicator.frequency);
      const earlier = period === undefined ? undefined : seenPeriods.get(period);
      if (period !== undefined && earlier !== undefined) {
        context.addIssue({
          code: 'custom',
          message: `two observations fall in the same ${indicator.frequency ?? ''} period ${period} (${earlier}, ${observation.date})`,
          path: ['observations', index, 'date'],
        });
      }
      if (period !== undefined) seenPeriods.set(period, observation.date);
    });
  })
  .register(contractRegistry, {
    id: 'Indicator',
    description:
      'One figure of the report and its history. Values must be plausible for the unit: percent 0–100, ranks whole numbers from 1, everything else not negative.',
  });
export type Indicator = z.infer<typeof Indicator>;

export const Highlight = z
  .object({
    id: z
      .string()
      .regex(/^[a-z0-9]+(-[a-z0-9]+)*$/, 'must be kebab-case')
      .max(80),
    area: AreaId,
    title: LocalizedText,
    summary: LocalizedText,
    source: Source,
  })
  .register(contractRegistry, {
    id: 'Highlight',
    description: 'A non-numeric achievement the source reports (a programme, a flagship project).',
  });
export type Highlight = z.infer<typeof Highlight>;

export const Area = z
  .object({ id: AreaId, name: LocalizedText, heading: LocalizedText })
  .register(contractRegistry, { id: 'Area', description: 'A section of the report, in the source order.' });
export type Area = z.infer<typeof Area>;

export const Report = z
  .object({
    title: LocalizedText,
    region: LocalizedText,
    period: z.object({ start: isoDate, end: isoDate }).describe('The 14th Five-Year Plan period.'),
    asOf: isoDate.describe(
      'The reference date of the latest figures. An indicator whose latest observation has another date says so.',
    ),
    baselineDate: isoDate.describe('The end of the 13th Five-Year Plan, which comparisons refer to.'),
    areas: z.array(Area).min(1),
    illustrative: z
      .boolean()
      .optional()
      .describe('True when the data is synthetic (a demonstration series): the page says so and credits no source.'),
    source: z.object({
      headline: z.string().min(1).max(500),
      author: z.string().max(200),
      publication: LocalizedText,
    }),
  })
  .register(contractRegistry, { id: 'Report', description: 'What the dashboard reports on, and where it comes from.' });
export type Report = z.infer<typeof Report>;

/** What the client checks of any list before parsing its items one by one. */
export const ItemsEnvelope = z.object({ items: z.array(z.unknown()) });

/** List envelopes keep items unknown so one bad item cannot hide the good ones; each item is parsed alone. */
export const IndicatorList = z
  .object({ items: z.array(Indicator) })
  .register(contractRegistry, { id: 'IndicatorList', description: 'Indicators of one area, in source order.' });
export const HighlightList = z
  .object({ items: z.array(Highlight) })
  .register(contractRegistry, { id: 'HighlightList', description: 'Highlights of one area, in source order.' });

export const ApiError = z
  .object({ error: z.object({ code: z.string(), message: z.string() }) })
  .register(contractRegistry, { id: 'Error', description: 'The body of any 4xx or 5xx response.' });
export type ApiError = z.infer<typeof ApiError>;

import type { ApiErrorKind } from '@/api/api-error';
import type { Multiplier, RankScope, UnitId } from '@/api/schemas';
import type { EnglishScale } from '@/lib/english-scale';
import type { RegularFrequency } from '@/domain/series-shape';

/**
 * What every interface catalogue gives (messages-zh.ts, messages-en.ts). A function's parameters are what any
 * language may need: `count` picks an English noun's number, `rule` an English ordinal's suffix, `scale` the English
 * scale word; Chinese leaves them out.
 */
export interface Messages {
  appName: string;
  demoData: string;
  demoDataHint: string;
  offlineDemo: string;
  offlineDemoHint: string;
  builtOn: string;
  asOf: string;
  baseline: string;
  sourceLine: string;
  loading: string;
  retry: string;
  details: string;
  derived: string;
  derivedHint: string;
  /** After a derived figure: the mark that it was computed, not printed. */
  derivedMark: string;
  /** After a figure the source gives as a lower bound, where there is no room for the word in a sentence. */
  atLeastSuffix: string;
  /** The title of a published work. */
  workTitle: (title: string) => string;
  since: string;
  comparisons: string;
  cumulative: string;
  sourceSentence: string;
  latestFigureSource: string;
  showSource: string;
  examples: string;
  unavailable: string;
  areaNav: string;
  skipToContent: string;
  language: string;
  switchLanguage: string;
  reportError: string;
  areaError: string;
  errorKind: Record<ApiErrorKind, string>;
  httpStatus: {
    unauthorized: string;
    notFound: string;
    unavailable: string;
  };
  unknownError: string;
  browserTooOld: (feature: string) => string;
  oldBrowserNotice: string;
  staleData: string;
  staleShort: string;
  fetchedAt: string;
  updatedAt: string;
  refreshFailed: (time: string) => string;
  newVersion: string;
  updateNow: string;
  refresh: string;
  briefingModes: string;
  reportLink: string;
  emptyArea: string;
  configErrorTitle: string;
  configErrorHelp: string;
  configAutoRetry: string;
  configField: string;
  baselineShort: string;
  theme: string;
  themeChoice: {
    system: string;
    light: string;
    dark: string;
  };
  quoteIntro: string;
  highlights: string;
  chartView: string;
  tableView: string;
  viewAs: string;
  downloadCsv: string;
  downloadJson: string;
  indicatorColumn: string;
  notesColumn: string;
  rankAxis: string;
  downloadPng: string;
  downloadSvg: string;
  imageExportFailed: string;
  copyLink: string;
  downloadAndShare: string;
  keyFigures: string;
  linkCopied: string;
  copyLinkManually: string;
  screenLabel: string;
  screenAreas: string;
  localTime: string;
  pauseCycle: string;
  resumeCycle: string;
  cycleRunning: (seconds: number) => string;
  cyclePausedByInteraction: (seconds: number) => string;
  cyclePausedByUser: string;
  screenKeyboardHint: string;
  enterFullscreen: string;
  exitFullscreen: string;
  backToDashboard: string;
  printReport: string;
  printHint: string;
  figureColumn: string;
  comparisonColumn: string;
  dateColumn: string;
  embedNotFoundTitle: string;
  embedNotFound: (id: string) => string;
  openDashboard: string;
  renderFailed: (what: string) => string;
  chunkFailed: string;
  reload: string;
  illustrative: string;
  illustrativeHint: string;
  /** Words of time series (trends, computed changes, periods). */
  series: {
    yearOnYear: string;
    periodOnPeriod: Record<RegularFrequency, string>;
    computed: string;
    computedHint: (latest: string, earlier: string) => string;
    rankDirection: string;
    trendAlt: (first: string, latest: string, lowest: string, highest: string) => string;
    seriesSummary: (first: string, latest: string, change: string, lowest: string, highest: string) => string;
    pointCount: (count: number) => string;
    periodColumn: string;
    seriesTableOnly: string;
    derivedPointNote: string;
    quarter: (quarter: number, year: string) => string;
    describeSeries: (label: string, pointCount: string, trend: string) => string;
  };
  /** Separators between the parts of a generated sentence or list. */
  /** cellList: between the items of a list in one workbook cell. */
  punctuation: {
    list: string;
    colon: string;
    clause: string;
    item: string;
    sentence: string;
    rangeTo: string;
    cellList: string;
    /** Around a unit or an aside after a label: full-width in Chinese, a space and ASCII in English. */
    bracketOpen: string;
    bracketClose: string;
  };
  /** The chart model's own labels (src/widgets/charts/model). */
  chart: {
    baseline: string;
    cumulative: string;
    netIncrease: string;
    share: string;
    rank: string;
    derivedSharesNote: string;
    derivedSeriesSharesNote: string;
    derivedSeries: (label: string) => string;
    setAside: (names: string[]) => string;
  };
  /** How figures are written (src/domain/format.ts): Chinese keeps the article's 万/亿 and units. */
  format: {
    unshowable: string;
    /** A calendar date, month or year (month 1-12). */
    day: (year: number, month: number, day: number) => string;
    month: (year: number, month: number) => string;
    year: (year: number) => string;
    /** `count` chooses an English noun's number (1 city, 2 cities); Chinese nouns have none. */
    figure: (number: string, unit: UnitId, multiplier: Multiplier, count?: number) => string;
    atLeast: (text: string) => string;
    atLeastMark: string;
    ordinal: (digits: string, rule?: Intl.LDMLPluralRule) => string;
    rank: (ordinal: string, scope: RankScope) => string;
    growthRate: {
      rise: (percent: string) => string;
      fall: (percent: string) => string;
      none: (percent: string) => string;
    };
    annualGrowthRate: {
      rise: (percent: string) => string;
      fall: (percent: string) => string;
      none: (percent: string) => string;
    };
    percentagePoints: (signed: string) => string;
    /** A chart axis keeps the printed 万/亿 (4261.7 on an axis of 万户); `scale` is English only. */
    axisUnit: (unit: UnitId, multiplier: Multiplier, scale?: EnglishScale) => string;
    /** Chinese never rescales: the article's 万/亿 stay, so this only appears for completeness of the type. */
    scaled: (number: string, scale?: EnglishScale) => string;
    exportUnit: (unit: UnitId, multiplier: Multiplier) => string;
  };
  aboutData: string;
  aboutSourceTerm: string;
  aboutDerived: string;
  aboutCumulativeTerm: string;
  aboutCumulative: string;
  aboutModeTerm: string;
  aboutMockService: string;
  manageData: string;
  previewBanner: (revision: number) => string;
  menu: string;
  summary: string;
  articleSays: string;
  exportMenu: string;
  exportPptx: string;
  exportXlsx: string;
  exportPreparing: string;
  exportFailed: string;
  exportRetry: string;
  briefingKeyFigures: string;
  briefingCharts: string;
  briefingBaselineDate: string;
  briefingNotesSources: string;
  briefingNotesIllustrative: string;
  briefingContinued: string;
  sheetIndicators: string;
  sheetObservations: string;
  sheetAbout: string;
  columnArea: string;
  columnId: string;
  columnIndicator: string;
  columnLatest: string;
  columnUnit: string;
  columnUnitEnglish: string;
  columnDate: string;
  columnBound: string;
  columnMeasure: string;
  columnNetIncrease: string;
  columnGrowthRate: string;
  columnAnnualGrowthRate: string;
  columnRank: string;
  columnDerived: string;
  columnIllustrative: string;
  /** Which value cells of the row are empty because the API sent NaN or an infinity. */
  columnInvalid: string;
  columnSource: string;
  columnValue: string;
  /** The observations sheet's last column: where a value comes from (the article's sentence, or a later source). */
  columnObservationSource: string;
  aboutTitle: string;
  aboutRegion: string;
  aboutSource: string;
  aboutAsOf: string;
  aboutBaseline: string;
  aboutGenerated: string;
  aboutWarning: string;
  aboutNotes: string;
  aboutNotesText: string;
  boundAtLeast: string;
  boundExact: string;
  yes: string;
}

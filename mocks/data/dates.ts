/** 截至7月底 (of 2025): the reference date the article gives for its latest figures. */
export const AS_OF = '2025-07-31';
/** “十三五”末: the end of the 13th Five-Year Plan, which every comparison refers to. */
export const BASELINE = '2020-12-31';

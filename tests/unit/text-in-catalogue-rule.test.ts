// @vitest-environment node
import { RuleTester } from 'eslint';
import { describe, it } from 'vitest';
import textInCatalogue from '../../scripts/lint/text-in-catalogue.js';

RuleTester.describe = describe;
RuleTester.it = it;
RuleTester.itOnly = it.only;

const ruleTester = new RuleTester({
  languageOptions: { ecmaVersion: 2022, sourceType: 'module', parserOptions: { ecmaFeatures: { jsx: true } } },
});
const feature = '/work/src/features/report/report-area.tsx';
const api = '/work/src/api/schemas.ts';
const error = [{ messageId: 'literal' }];

ruleTester.run('text-in-catalogue', textInCatalogue, {
  valid: [
    { code: "const label = t.derivedMark + ': ' + value;", filename: feature },
    { code: "const name = { zh: '5G基站', en: '5G base stations' };", filename: feature },
    { code: "const unit = z.string().describe('The unit as printed, e.g. ' + '万个.');", filename: api },
    { code: "const doc = { description: 'shown as 模拟序列（非真实数据）' };", filename: api },
  ],
  invalid: [
    { code: "const mark = ' (推算值)';", filename: feature, errors: error },
    { code: "const colon = language === 'zh' ? '：' : ': ';", filename: feature, errors: error },
    { code: 'const title = `《${headline}》`;', filename: feature, errors: error },
    { code: 'const view = <p>数据来源</p>;', filename: feature, errors: error },
    { code: "const zhOnly = { zh: '5G基站' };", filename: feature, errors: error },
    { code: "const unit = z.string().describe('万个');", filename: feature, errors: error },
  ],
});

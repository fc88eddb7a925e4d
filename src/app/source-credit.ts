// The credit moved to lib so the briefing modes (features) can use it; the app keeps importing it from here.
export { sourceCredit } from '../lib/source-credit';

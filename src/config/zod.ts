import { z } from 'zod';

// zod probes whether it may compile parsers with `new Function`; under our CSP (no eval) that probe is a
// reported violation. Parsing without the compiled fast path is fast enough for this small contract.
z.config({ jitless: true });

export { z };

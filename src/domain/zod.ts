// The one place zod is imported from: its JIT probe calls `new Function`, which a strict CSP reports as a violation.
import { z } from 'zod';

z.config({ jitless: true });

export { z };

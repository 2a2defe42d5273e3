/**
 * zod for stored rows: the tree-shakable `zod/mini` (a few kB on the first screen, where full zod
 * would cost about 30 kB), with code generation off — the app's CSP forbids `new Function`.
 */
import * as z from 'zod/mini';

z.config({ jitless: true });

export { z };

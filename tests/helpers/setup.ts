import 'fake-indexeddb/auto';
import { configure } from '@testing-library/react';
import { setSecretStore } from '../../src/storage/secrets.ts';
import { memorySecretStore } from './secrets.ts';

// A screen's code loads on demand (the route table's lazy imports); in jsdom on a busy 2-core
// machine the first import of a feature can take longer than Testing Library's 1 s default.
// Saving a whole assessment and drawing its results can take longer still under load: a wait only
// lasts this long when the thing never comes (a failing test), so a generous limit costs nothing.
configure({ asyncUtilTimeout: 15_000 });

// The device secret lives outside IndexedDB (src/storage/secrets.ts); in Node, in memory.
setSecretStore(memorySecretStore());

// jsdom does not lay out pages, and has no scrollIntoView (the results' first lines move to what they name).
if (typeof Element !== 'undefined') {
  const proto = Element.prototype as { scrollIntoView?: () => void };
  proto.scrollIntoView ??= () => undefined;
}

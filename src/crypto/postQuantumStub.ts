/**
 * Stands in for the post-quantum (ML-KEM hybrid) and P-256 code of `age-encryption` in the app's
 * build (vite.config.ts `resolve.alias`). The app only makes and accepts classic X25519 keys
 * (`age1…`, which `age` 1.1 reads) and passphrases, so that code is never reached; leaving it out
 * keeps the sharing screens about 100 kB smaller in the offline cache. If it were ever reached,
 * it throws, and the error becomes a reason code like any other.
 */
function unsupported(): never {
  throw new Error('post-quantum and P-256 age recipients are not supported in this app');
}

const stub: Record<string, unknown> = new Proxy({}, { get: unsupported });

export const MLKEM768X25519 = stub;
export const MLKEM768P256 = stub;
export const p256 = stub;

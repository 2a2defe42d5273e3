/**
 * Files the app writes for people to carry (summaries, backups) share one envelope:
 * `{ type, version, source }` (STYLE.md), and one parse-and-migrate step on the way in.
 */
import * as z from 'zod/mini';

/** Who wrote a file: always this app. */
export const SOURCE = 'secure-here-and-now';

export type DocumentErrorCode =
  /** Not JSON, or not one of our files. */
  | 'notOurs'
  /** One of ours, of another type (a backup opened as a summary, or the reverse). */
  | 'wrongType'
  /** Written by a newer version of the app than this one. */
  | 'newerVersion'
  /** Ours and of a known version, but something in it is malformed. */
  | 'invalid'
  /** A way to reach someone in it is not a safe link (`javascript:`, `data:`…): altered or forged. */
  | 'unsafeLink';

/** An expected failure when reading a file, with its reason code and, for "invalid", the paths. */
export class DocumentError extends Error {
  readonly code: DocumentErrorCode;
  readonly paths: string[];
  constructor(code: DocumentErrorCode, paths: string[] = []) {
    super(`document: ${code}${paths.length ? ` at ${paths.join(', ')}` : ''}`);
    this.name = 'DocumentError';
    this.code = code;
    this.paths = paths;
  }
}

const EnvelopeSchema = z.looseObject({
  type: z.string(),
  version: z.int().check(z.minimum(1)),
  source: z.literal(SOURCE),
});

/** Any zod schema (full or mini): what `parseDocument` needs of it. */
export interface Validator<T> {
  safeParse(
    data: unknown,
  ):
    | { success: true; data: T }
    | { success: false; error: { issues: readonly { path: readonly PropertyKey[] }[] } };
}

/**
 * Parses `text` as a document of `type`, migrates it from an older version to `latest` with
 * `migrations[v]` (version v → v + 1), and validates it with `schema`. Throws DocumentError.
 */
export function parseDocument<T>(
  text: string,
  type: string,
  latest: number,
  schema: Validator<T>,
  migrations: Record<number, (doc: Record<string, unknown>) => Record<string, unknown>> = {},
): T {
  let raw: unknown;
  try {
    raw = JSON.parse(text);
  } catch {
    throw new DocumentError('notOurs');
  }
  const envelope = EnvelopeSchema.safeParse(raw);
  if (!envelope.success) throw new DocumentError('notOurs');
  if (envelope.data.type !== type) throw new DocumentError('wrongType');
  if (envelope.data.version > latest) throw new DocumentError('newerVersion');
  let doc: Record<string, unknown> = envelope.data;
  for (let v = envelope.data.version; v < latest; v += 1) {
    const step = migrations[v];
    if (!step) throw new DocumentError('invalid', [`version ${String(v)}`]);
    doc = { ...step(doc), version: v + 1 };
  }
  const parsed = schema.safeParse(doc);
  if (!parsed.success) {
    throw new DocumentError(
      'invalid',
      parsed.error.issues.map((i) => i.path.map(String).join('.') || '(root)'),
    );
  }
  return parsed.data;
}

/**
 * A sentence with versions and build codes in it (`<c>…</c>` in the string): each is kept left to
 * right inside Arabic text and never broken across lines, so it reads aloud as it is published.
 * (A small split, not react-i18next's Trans: that one weighs about 10 kB of the offline cache.)
 */
import { useTranslation } from 'react-i18next';

export function ReleaseText({ i18nKey, values }: { i18nKey: string; values: Record<string, string> }) {
  const { t } = useTranslation();
  const parts = t(i18nKey, values).split(/<c>(.*?)<\/c>/);
  return (
    <>
      {parts.map((part, i) =>
        i % 2 === 1 ? (
          <bdi key={i} dir="ltr" className="release-code">
            {part}
          </bdi>
        ) : (
          part
        ),
      )}
    </>
  );
}

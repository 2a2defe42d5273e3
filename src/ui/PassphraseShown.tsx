/**
 * A passphrase shown for her to read out or write down (after a summary or a backup is locked):
 * each word or digit group is one unbreakable piece, so lines wrap only between them, never inside
 * a word, on a 360 px screen too. Laid out the way the field she typed it in was
 * (`passphraseDirection`). When it is written in other digits than 0–9 (Arabic-Indic, Persian),
 * the 0–9 form follows, left to right, for a keyboard or the `age` tool that has only those.
 */
import { useTranslation } from 'react-i18next';
import { passphraseDirection, withLatinDigits } from '../services/passphrases.ts';

function Pieces({ text, testId }: { text: string; testId?: string }) {
  // Split on spaces, keeping them: the text read from the page is exactly the passphrase.
  const parts = text.split(/(\s+)/);
  return (
    <p className="passphrase-text" dir={passphraseDirection(text)} data-testid={testId}>
      {parts.map((part, i) =>
        /^\s+$/.test(part) ? (
          part
        ) : part ? (
          <span key={i} className="passphrase-part">
            {part}
          </span>
        ) : null,
      )}
    </p>
  );
}

export function PassphraseShown({ passphrase, testId }: { passphrase: string; testId?: string }) {
  const { t } = useTranslation();
  const shown = passphrase.trim();
  const latin = withLatinDigits(shown);
  return (
    <>
      <Pieces text={shown} testId={testId} />
      {latin !== undefined && (
        <>
          <p className="hint">{t('share:send.latinDigits')}</p>
          <Pieces text={latin} testId={testId && `${testId}-latin`} />
        </>
      )}
    </>
  );
}

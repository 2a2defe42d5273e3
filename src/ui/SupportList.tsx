/**
 * Services that can help (issue 20), as cards: what each offers, who can ask, how to reach it
 * (links open outside the app: `tel:`, `mailto:`, `https:` in a new context, without referrer),
 * languages, how fast, where, how to contact it safely, and when and where its facts were checked.
 * The words come from the `support` namespace (`useSupportWords`); the texts from the file.
 */
import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import {
  channelHref,
  lastChecked,
  pickSupportText,
  sourceHref,
  type SupportChannel,
  type SupportListing,
} from '../domain/index.ts';
import { formatDate } from '../i18n/format.ts';
import { Chevron } from './Chevron.tsx';
import './support.css';

/** A language's name in her language (`ar` → "Arabic"), or its code when the phone has no name. */
function languageName(code: string, lng: string): string {
  try {
    return new Intl.DisplayNames([lng], { type: 'language' }).of(code) ?? code;
  } catch {
    return code;
  }
}

/** A list in her language's way ("A, B and C"; Arabic commas and "و"). */
function listOf(items: string[], lng: string): string {
  try {
    return new Intl.ListFormat(lng, { type: 'conjunction' }).format(items);
  } catch {
    return items.join(', ');
  }
}

/** A day written `YYYY-MM-DD`, in her language. */
function formatDay(day: string, lng: string): string {
  const [y, m, d] = day.split('-').map(Number);
  return formatDate(new Date(y ?? 1970, (m ?? 1) - 1, d ?? 1), lng);
}

function Channel({ channel, listing }: { channel: SupportChannel; listing: SupportListing }) {
  const { t, i18n } = useTranslation('support');
  const lng = i18n.language;
  const href = channelHref(channel);
  const label = channel.label ? pickSupportText(channel.label, lng, listing.directory) : undefined;
  const hours = channel.hours ? pickSupportText(channel.hours, lng, listing.directory) : undefined;
  // The words in her direction, the number or address always left to right (also in Arabic).
  const verb =
    channel.kind === 'phone'
      ? t('support:entry.call')
      : channel.kind === 'email'
        ? t('support:entry.write')
        : undefined;
  const action =
    channel.kind === 'web' ? (
      t('support:entry.web')
    ) : (
      <>
        {verb && <>{verb} </>}
        <bdi dir="ltr">{channel.value}</bdi>
      </>
    );
  return (
    <li className="support-channel">
      {label && (
        <span className="support-channel-label" dir="auto">
          {label}
        </span>
      )}
      {href ? (
        <a
          href={href}
          className="support-link"
          // Her own navigation, outside the app; the page opened learns nothing of where from.
          target="_blank"
          rel="noopener noreferrer"
          referrerPolicy="no-referrer"
        >
          {/* One child: the link is a flex box, which would drop the space after the verb. */}
          <span>
            {action}
            <span className="visually-hidden"> ({t('support:entry.outside')})</span>
          </span>
        </a>
      ) : (
        <span className="support-message">
          {action}
          <span className="hint"> · {t('support:entry.messageHint')}</span>
        </span>
      )}
      {hours && (
        <span className="hint" dir="auto">
          {' '}
          · {hours}
        </span>
      )}
    </li>
  );
}

export function SupportCard({
  listing,
  headingLevel = 3,
  folded = false,
}: {
  listing: SupportListing;
  headingLevel?: 3 | 4;
  /** Only its name and what it offers show until she opens it (a details element). */
  folded?: boolean;
}) {
  const { t, i18n } = useTranslation('support');
  const lng = i18n.language;
  const titleId = useId();
  const { entry, directory } = listing;
  const text = (value: Parameters<typeof pickSupportText>[0] | undefined) =>
    value ? pickSupportText(value, lng, directory) : undefined;
  const checked = lastChecked(entry);
  const isLive = (entry.sources ?? []).every((s) => s.method === 'live');
  const Heading = headingLevel === 3 ? 'h3' : 'h4';
  const languages =
    entry.languages === 'any'
      ? t('support:entry.anyLanguage')
      : entry.languages &&
        listOf(
          entry.languages.map((code) => languageName(code, lng)),
          lng,
        );
  const name = (
    <Heading id={titleId} dir="auto">
      {text(entry.name)}
    </Heading>
  );
  const offers = (
    <>
      <span className="support-field">{t('support:entry.offers')}: </span>
      {entry.offers.map((kind) => t(`support:kind.${kind}`)).join(' · ')}
    </>
  );
  const body = (
    <>
      <p dir="auto">{text(entry.summary)}</p>
      <p>
        <span className="support-field">{t('support:entry.who')}: </span>
        {listOf(
          entry.who.map((who) => t(`support:audience.${who}`)),
          lng,
        )}
      </p>
      <div>
        <p className="support-field">{t('support:entry.reach')}:</p>
        <ul className="support-channels">
          {entry.channels.map((channel, i) => (
            <Channel key={i} channel={channel} listing={listing} />
          ))}
        </ul>
      </div>
      {languages && (
        <p>
          <span className="support-field">{t('support:entry.languages')}: </span>
          {languages}
        </p>
      )}
      {entry.responseTime && (
        <p dir="auto">
          <span className="support-field">{t('support:entry.response')}: </span>
          {text(entry.responseTime)}
        </p>
      )}
      {entry.region && (
        <p dir="auto">
          <span className="support-field">{t('support:entry.region')}: </span>
          {text(entry.region)}
        </p>
      )}
      {entry.safety && (
        <p className="support-safety" dir="auto">
          <span className="support-field">{t('support:entry.safety')}: </span>
          {text(entry.safety)}
        </p>
      )}
      <p className="hint support-checked">
        {checked
          ? t(isLive ? 'support:entry.checkedLive' : 'support:entry.checkedCopy', {
              date: formatDay(checked, lng),
            })
          : t('support:entry.local')}
        {(entry.sources ?? []).map((source, i) => {
          // Checked when the file was read, and again here: only a plain `https:` page is a link.
          const href = sourceHref(source.url);
          return href ? (
            <span key={i}>
              {' '}
              <a href={href} target="_blank" rel="noopener noreferrer" referrerPolicy="no-referrer">
                {t('support:entry.sourceLink')}
                {(entry.sources ?? []).length > 1 ? ` ${i + 1}` : ''}
                <span className="visually-hidden"> ({t('support:entry.outside')})</span>
              </a>
            </span>
          ) : null;
        })}
      </p>
    </>
  );
  if (folded) {
    return (
      <article
        className="card support-card support-card-folded"
        aria-labelledby={titleId}
        data-entry={entry.id}
      >
        <details>
          <summary>
            <span className="summary-text">
              {name}
              <span className="support-offers">{offers}</span>
            </span>
            <Chevron />
          </summary>
          <div className="stack support-card-body">{body}</div>
        </details>
      </article>
    );
  }
  return (
    <article className="card stack support-card" aria-labelledby={titleId} data-entry={entry.id}>
      {name}
      <p className="support-offers">{offers}</p>
      {body}
    </article>
  );
}

/** The cards, in the order given (local packs before the shipped directory: `listSupport`). */
export function SupportList({
  listings,
  headingLevel,
  folded = false,
}: {
  listings: SupportListing[];
  headingLevel?: 3 | 4;
  /** Each card shows only its name and what it offers until she opens it (in urgent steps). */
  folded?: boolean;
}) {
  return (
    <div className="stack support-list">
      {listings.map((l) => (
        <SupportCard
          key={`${l.origin}:${l.directory.id}:${l.entry.id}`}
          listing={l}
          headingLevel={headingLevel}
          folded={folded}
        />
      ))}
    </div>
  );
}

/** The note on traces, before any way to call or write. */
export function TracesNote({ headingLevel = 2 }: { headingLevel?: 2 | 3 | 4 }) {
  const { t } = useTranslation('support');
  const id = useId();
  const Heading = headingLevel === 2 ? 'h2' : headingLevel === 3 ? 'h3' : 'h4';
  return (
    <aside className="notice notice-warning stack support-traces" aria-labelledby={id}>
      <Heading id={id} className="support-traces-title">
        {t('support:traces.title')}
      </Heading>
      <p>{t('support:traces.text')}</p>
      <p className="hint">{t('support:traces.links')}</p>
    </aside>
  );
}

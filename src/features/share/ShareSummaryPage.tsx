/**
 * Send a summary: she ticks what goes in, sees exactly what will be shared, chooses a passphrase
 * (told to the contact another way) or the contact's key, and only then is it encrypted. Three
 * steps, each its own component; this page loads what can be shared and keeps her choices.
 */
import { useEffect, useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { supportForSummary, type SummarySupport } from '../../domain/index.ts';
import {
  draftSummary,
  loadShareable,
  lockSummary,
  type Shareable,
  type SummaryLock,
} from '../../services/summary.ts';
import type { Scored } from '../../services/results.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { answerWords } from '../../ui/answerWords.ts';
import { ChooseContent, type ContentChoices, type Driver } from './ChooseContent.tsx';
import { LockStep, type LockChoices } from './LockStep.tsx';
import { DeliverStep } from './DeliverStep.tsx';
import { loadContactWords } from './useContactWords.ts';
import '../../ui/share.css';

export default function ShareSummaryPage() {
  const { t, i18n } = useTranslation();
  const { navigate } = useRouter();
  // What can be shared, and the words of the preview (the contact's view).
  const [state, reload] = useAsync(
    async () => (await Promise.all([loadShareable(), loadContactWords(i18n)]))[0],
    [i18n],
  );
  if (state.status !== 'ready') {
    return <Pending state={state} title={t('share:send.title')} onRetry={reload} />;
  }
  const { latest, ...rest } = state.value;
  if (!latest) {
    return (
      <div className="stack">
        <ScreenTitle>{t('share:send.title')}</ScreenTitle>
        <p>{t('share:send.nothingYet')}</p>
        <button type="button" className="button" onClick={() => navigate({ name: 'home' })}>
          {t('app.home')}
        </button>
      </div>
    );
  }
  return <ShareWizard latest={latest} {...rest} />;
}

/** Every level ticked, nothing else. */
function firstContent(latest: Scored): ContentChoices {
  return {
    levels: latest.result.categories.map((c) => c.category),
    concerns: [],
    note: '',
    from: '',
    reach: '',
    hasPlan: false,
    hasRoutines: false,
    hasPlanNotes: false,
    hasSupport: false,
    hasLocalSupport: false,
  };
}

/** How many services of each origin a summary would carry with everything ticked. */
function countByOrigin(support: SummarySupport | undefined): { shipped: number; local: number } {
  const count = (origin: 'shipped' | 'local') =>
    (support?.groups ?? [])
      .filter((g) => g.origin === origin)
      .reduce((n, g) => n + g.directory.entries.length, 0);
  return { shipped: count('shipped'), local: count('local') };
}

/** No passphrase yet (the field suggests one in her language), and the first contact who has a key. */
function firstLock(contacts: Shareable['contacts']): LockChoices {
  const withKey = contacts.find((c) => c.ageRecipient);
  return {
    method: 'passphrase',
    passphrase: '',
    contactId: withKey?.id ?? '',
    key: withKey?.ageRecipient ?? '',
    isRemembering: true,
  };
}

function ShareWizard({
  latest,
  contacts,
  actions,
  routines,
  support,
}: Shareable & { latest: NonNullable<Shareable['latest']> }) {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const { battery, result } = latest;
  const [step, setStep] = useState<'choose' | 'lock'>('choose');
  // Each step opens at its top (its title takes focus without scrolling): not where she left the
  // long list of the step before, with the choices hidden under the top bar.
  useEffect(() => {
    const page = document.scrollingElement;
    if (page) page.scrollTop = 0;
  }, [step]);
  const [content, setContent] = useState(() => firstContent(latest));
  const [lock, setLock] = useState(() => firstLock(contacts));
  // Locking: under way, or why it failed (until she tries again), or the locked file.
  const [isBusy, setBusy] = useState(false);
  const [error, setError] = useState<unknown>();
  const [file, setFile] = useState<Uint8Array>();

  const drivers: Driver[] = useMemo(
    () =>
      result.categories.flatMap((c) =>
        c.drivers.map((d) => ({ answer: d, category: c.category, ...answerWords(battery, d, lng) })),
      ),
    [result, battery, lng],
  );

  // Who can help: what fits the urgent steps her results show (none fired: nothing to offer).
  const supportFor = useMemo(() => {
    const { shipped } = support;
    const blocks = latest.recommendations.urgent?.blocks ?? [];
    return (withShipped: boolean, withLocal: boolean) =>
      shipped && (withShipped || withLocal)
        ? supportForSummary({
            shipped,
            packs: support.packs,
            blocks,
            withShipped,
            withLocal,
            languages: [lng, 'en'],
          })
        : undefined;
  }, [support, latest, lng]);
  const supportCounts = useMemo(() => countByOrigin(supportFor(true, true)), [supportFor]);
  const chosenSupport = useMemo(
    () => supportFor(content.hasSupport, content.hasLocalSupport),
    [supportFor, content.hasSupport, content.hasLocalSupport],
  );

  const summary = useMemo(
    () =>
      draftSummary(latest, {
        levels: content.levels,
        concerns: drivers
          .filter((d) => content.concerns.includes(d.answer.indicatorId))
          .map((d) => ({ indicatorId: d.answer.indicatorId, topic: d.topic, choice: d.choice })),
        note: content.note,
        from: content.from,
        reach: content.reach,
        plan: {
          actions: content.hasPlan ? actions : [],
          routines: content.hasRoutines ? routines : [],
          withNotes: content.hasPlanNotes,
        },
        support: chosenSupport,
      }),
    [latest, content, drivers, actions, routines, chosenSupport],
  );

  const lockIt = async () => {
    setError(undefined);
    setBusy(true);
    const contact = contacts.find((c) => c.id === lock.contactId);
    const to: SummaryLock =
      lock.method === 'passphrase'
        ? { passphrase: lock.passphrase }
        : { recipient: lock.key, rememberFor: lock.isRemembering ? contact : undefined };
    try {
      setFile(await lockSummary({ document: summary, to }));
    } catch (e) {
      setError(e);
    } finally {
      setBusy(false);
    }
  };

  if (file) {
    return (
      <DeliverStep
        file={file}
        passphrase={lock.method === 'passphrase' ? lock.passphrase.trim() : undefined}
      />
    );
  }
  if (step === 'choose') {
    const hasAnyNote = [...actions, ...routines].some((p) => (p.note ?? '').trim() !== '');
    return (
      <ChooseContent
        battery={battery}
        categories={result.categories}
        drivers={drivers}
        plan={{ actions: actions.length, routines: routines.length, hasAnyNote }}
        support={supportCounts}
        choices={content}
        onChange={(change) => setContent((c) => ({ ...c, ...change }))}
        summary={summary}
        onNext={() => setStep('lock')}
      />
    );
  }
  return (
    <LockStep
      contacts={contacts}
      choices={lock}
      onChange={(change) => setLock((l) => ({ ...l, ...change }))}
      error={error}
      isBusy={isBusy}
      onLock={() => void lockIt()}
      onBack={() => setStep('choose')}
    />
  );
}

/**
 * Send a summary: she ticks what goes in, sees exactly what will be shared, chooses a passphrase
 * (told to the contact another way) or the contact's key, and only then is it encrypted. Three
 * steps, each its own component; this page loads what can be shared and keeps her choices.
 */
import { useMemo, useReducer } from 'react';
import { useTranslation } from 'react-i18next';
import {
  draftSummary,
  loadShareable,
  lockSummary,
  type Shareable,
  type SummaryLock,
} from '../../services/summary.ts';
import { suggestPassphrase } from '../../services/sharing.ts';
import type { Scored } from '../../services/results.ts';
import { useAsync } from '../../ui/useAsync.ts';
import { useRouter } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { Pending } from '../../ui/Pending.tsx';
import { answerWords } from '../../ui/answerWords.ts';
import { ChooseContent, type ContentChoices, type Driver } from './ChooseContent.tsx';
import { LockStep, type LockChoices } from './LockStep.tsx';
import { DeliverStep } from './DeliverStep.tsx';
import '../../ui/share.css';

export default function ShareSummaryPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const [state, reload] = useAsync(loadShareable, []);
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

interface WizardState {
  step: 'choose' | 'lock' | 'done';
  content: ContentChoices;
  lock: LockChoices;
  isBusy: boolean;
  /** Why locking failed, until she tries again. */
  error?: unknown;
  /** The locked summary, on the last step. */
  file?: Uint8Array;
}

type WizardEvent =
  | { type: 'choose'; change: Partial<ContentChoices> }
  | { type: 'setLock'; change: Partial<LockChoices> }
  | { type: 'go'; step: 'choose' | 'lock' }
  | { type: 'locking' }
  | { type: 'locked'; file: Uint8Array }
  | { type: 'failed'; error: unknown };

function wizard(state: WizardState, event: WizardEvent): WizardState {
  switch (event.type) {
    case 'choose':
      return { ...state, content: { ...state.content, ...event.change } };
    case 'setLock':
      return { ...state, lock: { ...state.lock, ...event.change } };
    case 'go':
      return { ...state, step: event.step };
    case 'locking':
      return { ...state, isBusy: true, error: undefined };
    case 'locked':
      return { ...state, isBusy: false, file: event.file, step: 'done' };
    case 'failed':
      return { ...state, isBusy: false, error: event.error };
  }
}

/** Every level ticked, nothing else; a suggested passphrase, and the first contact with a key. */
function firstState(latest: Scored, contacts: Shareable['contacts']): WizardState {
  const withKey = contacts.find((c) => c.ageRecipient);
  return {
    step: 'choose',
    content: {
      levels: latest.result.categories.map((c) => c.category),
      concerns: [],
      note: '',
      hasPlan: false,
      hasRoutines: false,
      hasPlanNotes: false,
    },
    lock: {
      method: 'passphrase',
      passphrase: suggestPassphrase(),
      contactId: withKey?.id ?? '',
      key: withKey?.ageRecipient ?? '',
      isRemembering: true,
    },
    isBusy: false,
  };
}

function ShareWizard({ latest, contacts, actions, routines }: Shareable & { latest: Scored }) {
  const { i18n } = useTranslation();
  const lng = i18n.language;
  const { battery, result } = latest;
  const [state, dispatch] = useReducer(wizard, undefined, () => firstState(latest, contacts));
  const { step, content, lock } = state;

  const drivers: Driver[] = useMemo(
    () =>
      result.categories.flatMap((c) =>
        c.drivers.map((d) => ({ answer: d, category: c.category, ...answerWords(battery, d, lng) })),
      ),
    [result, battery, lng],
  );

  const summary = useMemo(
    () =>
      draftSummary(latest, {
        levels: content.levels,
        concerns: drivers
          .filter((d) => content.concerns.includes(d.answer.indicatorId))
          .map((d) => ({ indicatorId: d.answer.indicatorId, topic: d.topic, choice: d.choice })),
        note: content.note,
        plan: {
          actions: content.hasPlan ? actions : [],
          routines: content.hasRoutines ? routines : [],
          withNotes: content.hasPlanNotes,
        },
      }),
    [latest, content, drivers, actions, routines],
  );

  const lockIt = async () => {
    dispatch({ type: 'locking' });
    const contact = contacts.find((c) => c.id === lock.contactId);
    const to: SummaryLock =
      lock.method === 'passphrase'
        ? { passphrase: lock.passphrase }
        : { recipient: lock.key, ...(contact && lock.isRemembering ? { rememberFor: contact } : {}) };
    try {
      dispatch({ type: 'locked', file: await lockSummary({ document: summary, to }) });
    } catch (error) {
      dispatch({ type: 'failed', error });
    }
  };

  if (step === 'choose') {
    const hasAnyNote = [...actions, ...routines].some((p) => (p.note ?? '').trim() !== '');
    return (
      <ChooseContent
        battery={battery}
        categories={result.categories}
        drivers={drivers}
        plan={{ actions: actions.length, routines: routines.length, hasAnyNote }}
        choices={content}
        onChange={(change) => dispatch({ type: 'choose', change })}
        summary={summary}
        onNext={() => dispatch({ type: 'go', step: 'lock' })}
      />
    );
  }
  if (step === 'lock' || !state.file) {
    return (
      <LockStep
        contacts={contacts}
        choices={lock}
        onChange={(change) => dispatch({ type: 'setLock', change })}
        error={state.error}
        isBusy={state.isBusy}
        onLock={() => void lockIt()}
        onBack={() => dispatch({ type: 'go', step: 'choose' })}
      />
    );
  }
  return (
    <DeliverStep
      file={state.file}
      {...(lock.method === 'passphrase' ? { passphrase: lock.passphrase.trim() } : {})}
    />
  );
}

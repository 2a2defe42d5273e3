/** First run, about a minute: what this is and is not, privacy, language, which form. */
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useRouter } from '../../ui/navigation.tsx';
import { useSettings } from '../../ui/settingsContext.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import { ErrorMessage } from '../../ui/ErrorMessage.tsx';
import { beginAssessment } from '../../services/assessments.ts';
import { LanguagePicker } from '../../ui/LanguagePicker.tsx';
import { FormPicker } from '../../ui/FormPicker.tsx';
import { SetPassphrase } from '../../ui/PassphraseForm.tsx';
import { useVaultState } from '../../ui/vaultContext.tsx';

const STEPS = ['about', 'privacy', 'protect', 'language', 'form'] as const;

export default function OnboardingPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  const { settings, update } = useSettings();
  const [step, setStep] = useState(0);
  const [error, setError] = useState<unknown>();
  const name = STEPS[step] ?? 'about';
  const isLast = step === STEPS.length - 1;
  const vault = useVaultState();

  const finish = async (start: boolean) => {
    try {
      await update({ hasOnboarded: true });
      if (!start) {
        navigate({ name: 'home' }, { replace: true });
        return;
      }
      const a = await beginAssessment(settings.preferredForm);
      navigate({ name: 'assessment', id: a.id }, { replace: true });
    } catch (e) {
      setError(e);
    }
  };

  return (
    <div className="stack onboarding">
      <p className="step-count">{t('onboarding.step', { current: step + 1, total: STEPS.length })}</p>
      <ScreenTitle focusKey={step}>{t(`onboarding.${name}.title`)}</ScreenTitle>
      {name === 'about' && (
        <>
          <p>{t('onboarding.about.p1')}</p>
          <p>{t('onboarding.about.p2')}</p>
          <p>{t('onboarding.about.p3')}</p>
        </>
      )}
      {name === 'privacy' && (
        <>
          <p>{t('onboarding.privacy.p1')}</p>
          <p>{t('onboarding.privacy.p2')}</p>
          <p>{t('onboarding.privacy.p3')}</p>
        </>
      )}
      {name === 'protect' &&
        (vault === 'open' ? (
          <>
            <p>{t('onboarding.protect.p1')}</p>
            <SetPassphrase onDone={() => setStep(step + 1)} />
          </>
        ) : (
          <p className="notice">{t('security.isProtected')}</p>
        ))}
      {name === 'language' && <LanguagePicker />}
      {name === 'form' && (
        <>
          <p>{t('onboarding.form.p1')}</p>
          <FormPicker />
        </>
      )}
      {error !== undefined && <ErrorMessage error={error} />}
      <div className="button-row nav-row">
        {step > 0 && (
          <button type="button" className="button" onClick={() => setStep(step - 1)}>
            {t('common.back')}
          </button>
        )}
        {isLast ? (
          <button type="button" className="button primary nav-next" onClick={() => void finish(true)}>
            {t('onboarding.start')}
          </button>
        ) : (
          <button
            type="button"
            className={name === 'protect' && vault === 'open' ? 'button nav-next' : 'button primary nav-next'}
            onClick={() => setStep(step + 1)}
          >
            {name === 'protect' && vault === 'open' ? t('onboarding.protect.notNow') : t('common.next')}
          </button>
        )}
      </div>
      {!isLast && (
        <button type="button" className="link-button" onClick={() => void finish(false)}>
          {t('onboarding.skip')}
        </button>
      )}
    </div>
  );
}

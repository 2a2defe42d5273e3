/** Share and back up: the four things she can do, each explained in a line. */
import { useTranslation } from 'react-i18next';
import { useRouter, type Route } from '../../ui/navigation.tsx';
import { ScreenTitle } from '../../ui/ScreenTitle.tsx';
import '../../ui/share.css';

const ITEMS: { route: Route; key: string }[] = [
  { route: { name: 'shareSummary' }, key: 'send' },
  { route: { name: 'openSummary' }, key: 'open' },
  { route: { name: 'receive' }, key: 'receive' },
  { route: { name: 'backup' }, key: 'backup' },
];

export default function ShareHubPage() {
  const { t } = useTranslation();
  const { navigate } = useRouter();
  return (
    <div className="stack">
      <ScreenTitle>{t('share:hub.title')}</ScreenTitle>
      <p className="lead">{t('share:hub.lead')}</p>
      {ITEMS.map((item) => (
        <section key={item.key} className="card stack">
          <button type="button" className="button" onClick={() => navigate(item.route)}>
            {t(`share:hub.${item.key}`)}
          </button>
          <p className="hint">{t(`share:hub.${item.key}Hint`)}</p>
        </section>
      ))}
    </div>
  );
}

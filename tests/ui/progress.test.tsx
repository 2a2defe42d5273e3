/** While answering, and at the end: "prefer not to say" is counted apart, as the results count it. */
import { afterEach, expect, it } from 'vitest';
import { cleanup, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { initI18n } from '../../src/i18n/i18n.ts';
import { ProgressByCategory } from '../../src/ui/ProgressByCategory.tsx';
import { FinishCounts } from '../../src/ui/QuestionStep.tsx';
import { appBattery } from '../helpers/battery.ts';

afterEach(cleanup);

it('says "9 of 10 answered, 1 preferred not to say", never "10 of 10 answered"', async () => {
  const i18n = await initI18n('en');
  render(
    <I18nextProvider i18n={i18n}>
      <ProgressByCategory
        battery={appBattery()}
        progress={[
          { category: 'physical', answered: 9, skipped: 1, total: 10 },
          { category: 'economic', answered: 2, skipped: 0, total: 8 },
        ]}
        current="physical"
      />
      <FinishCounts counts={{ answered: 9, skipped: 1, total: 10 }} />
    </I18nextProvider>,
  );
  expect(screen.getByText('Physical security: 9 of 10 answered, 1 preferred not to say')).toBeTruthy();
  expect(screen.getByText('Economic security: 2 of 8 answered')).toBeTruthy();
  expect(screen.queryByText(/10 of 10 answered/)).toBeNull();
  expect(screen.getByTestId('finish-counts').textContent).toBe(
    'You answered 9 of 10 questions. 1 preferred not to say.',
  );
  // The bar: the answered share filled, the skipped share apart.
  const fills = document.querySelectorAll<HTMLElement>('.progress li:first-child .fill');
  expect([...fills].map((f) => [f.className, f.style.inlineSize])).toEqual([
    ['fill', '90%'],
    ['fill skipped', '10%'],
  ]);
});

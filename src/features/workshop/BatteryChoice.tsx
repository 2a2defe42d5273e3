/** Which battery (question set) to use: the shipped one or an adapted one, with version and author. */
import { useTranslation } from 'react-i18next';
import { pickText, type Battery } from '../../domain/index.ts';
import type { AvailableBattery } from '../../services/batteries.ts';

export function BatteryChoice({
  legend,
  available,
  value,
  onChange,
}: {
  legend: string;
  available: AvailableBattery[];
  value: Battery;
  onChange: (battery: Battery) => void;
}) {
  const { t, i18n } = useTranslation(['workshop', 'app']);
  return (
    <fieldset className="choices">
      <legend>{legend}</legend>
      {available.map(({ battery }) => (
        <label key={`${battery.id}@${battery.version}`} className="choice">
          <input
            type="radio"
            name="battery"
            checked={value.id === battery.id && value.version === battery.version}
            onChange={() => onChange(battery)}
          />
          <span>
            {pickText(battery.title, i18n.language, battery)}
            <span className="hint">
              {t('batteries.meta', { version: battery.version, author: battery.author })}
            </span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

/**
 * The presenter's slides: a title, the model, then each category and each of its questions in the
 * order of the form, then a closing slide. Built from the battery alone: never from anyone's answers.
 */
import type { Battery, Category, Indicator } from '../../domain/index.ts';
import { buildSteps } from '../../domain/index.ts';

export type Slide =
  | { type: 'title' }
  | { type: 'model' }
  | { type: 'category'; category: Category; count: number }
  | { type: 'question'; category: Category; indicator: Indicator; number: number; total: number }
  | { type: 'end' };

export function buildSlides(battery: Battery, formId: string): Slide[] {
  const slides: Slide[] = [{ type: 'title' }, { type: 'model' }];
  const steps = buildSteps(battery, formId);
  for (const step of steps) {
    if (step.type === 'finish') continue;
    const category = battery.categories.find((c) => c.id === step.category);
    if (!category) continue;
    const inCategory = steps.filter((s) => s.type === 'question' && s.category === step.category);
    if (step.type === 'intro') {
      slides.push({ type: 'category', category, count: inCategory.length });
    } else {
      slides.push({
        type: 'question',
        category,
        indicator: step.indicator,
        number: inCategory.indexOf(step) + 1,
        total: inCategory.length,
      });
    }
  }
  slides.push({ type: 'end' });
  return slides;
}

/**
 * What a key does in the presenter: clickers send PageDown/PageUp, "." or "b" to blank the screen
 * and F5 / Shift+F5 to start the show (here: full screen); arrows follow the text's direction.
 */
export function slideMove(
  key: string,
  dir: 'ltr' | 'rtl',
): 'next' | 'previous' | 'first' | 'last' | 'blank' | 'fullScreen' | undefined {
  switch (key) {
    case '.':
    case 'b':
    case 'B':
      return 'blank';
    case 'F5':
      return 'fullScreen';
    case 'PageDown':
    case 'ArrowDown':
    case ' ':
      return 'next';
    case 'PageUp':
    case 'ArrowUp':
      return 'previous';
    case 'ArrowRight':
      return dir === 'rtl' ? 'previous' : 'next';
    case 'ArrowLeft':
      return dir === 'rtl' ? 'next' : 'previous';
    case 'Home':
      return 'first';
    case 'End':
      return 'last';
    default:
      return undefined;
  }
}

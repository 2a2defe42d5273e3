/**
 * The presenter's slides: a title, the model, then each category and each of its questions in the
 * order of the form, then a closing slide. Built from the battery alone: never from anyone's answers.
 * With a model-2 battery, the first questions about her situation come first, under their own
 * slide, and every follow-up is shown too, marked as asked only after certain answers.
 */
import {
  CATEGORY_IDS,
  askingOrder,
  type Battery,
  type Category,
  type Indicator,
} from '../../domain/index.ts';

export type Slide =
  | { type: 'title' }
  | { type: 'model' }
  | { type: 'about'; count: number }
  | { type: 'category'; category: Category; count: number }
  | {
      type: 'question';
      category: Category;
      indicator: Indicator;
      number: number;
      total: number;
      /** One of the first questions, before the categories. */
      about?: true;
      /** Asked only when an earlier answer opens it. */
      followUp?: true;
    }
  | { type: 'end' };

export function buildSlides(battery: Battery, formId: string): Slide[] {
  const slides: Slide[] = [{ type: 'title' }, { type: 'model' }];
  const items = askingOrder(battery, formId);
  const categoryOf = (ind: Indicator) => battery.categories.find((c) => c.id === ind.category);
  const lead = items.filter((i) => i.role === 'context' && !i.showIf);
  if (lead.length > 0) slides.push({ type: 'about', count: lead.length });
  lead.forEach((indicator, i) => {
    const category = categoryOf(indicator);
    if (category)
      slides.push({ type: 'question', category, indicator, number: i + 1, total: lead.length, about: true });
  });
  for (const id of CATEGORY_IDS) {
    const category = battery.categories.find((c) => c.id === id);
    const inCategory = items.filter((i) => i.category === id && !lead.includes(i));
    if (!category || inCategory.length === 0) continue;
    slides.push({ type: 'category', category, count: inCategory.length });
    inCategory.forEach((indicator, i) => {
      slides.push({
        type: 'question',
        category,
        indicator,
        number: i + 1,
        total: inCategory.length,
        ...(indicator.showIf ? { followUp: true as const } : {}),
      });
    });
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

import { describe, expect, it } from 'vitest';
import { buildSlides, slideMove } from '../../src/features/workshop/slides.ts';
import { currentBattery, tinyBattery } from '../helpers/battery.ts';

describe('presenter slides', () => {
  it('has a title, the model, each category then its questions in form order, and an end', () => {
    const battery = tinyBattery();
    const slides = buildSlides(battery, 'full');
    expect(slides.map((s) => (s.type === 'question' ? s.indicator.id : s.type))).toEqual([
      'title',
      'model',
      ...['emotional', 'physical', 'spiritual', 'economic', 'political'].flatMap((c) => [
        'category',
        `${c}.t`,
        `${c}.v`,
        `${c}.c`,
      ]),
      'end',
    ]);
    const third = slides.find((s) => s.type === 'question' && s.indicator.id === 'physical.c');
    expect(third).toMatchObject({ number: 3, total: 3 });
  });

  it('shows the 15 questions of the shipped short form', () => {
    const slides = buildSlides(currentBattery(), 'short');
    expect(slides.filter((s) => s.type === 'question')).toHaveLength(15);
    expect(slides).toHaveLength(2 + 5 + 15 + 1);
  });

  it('moves forward with a clicker, space and the arrow that points along the text', () => {
    expect(['PageDown', ' ', 'ArrowDown', 'ArrowRight'].map((k) => slideMove(k, 'ltr'))).toEqual(
      Array(4).fill('next'),
    );
    expect(['PageUp', 'ArrowUp', 'ArrowLeft'].map((k) => slideMove(k, 'ltr'))).toEqual(
      Array(3).fill('previous'),
    );
    expect(slideMove('ArrowLeft', 'rtl')).toBe('next');
    expect(slideMove('ArrowRight', 'rtl')).toBe('previous');
    expect(slideMove('PageDown', 'rtl')).toBe('next');
    expect(['.', 'b', 'B', 'F5'].map((k) => slideMove(k, 'ltr'))).toEqual([
      'blank',
      'blank',
      'blank',
      'fullScreen',
    ]);
    expect([slideMove('Home', 'ltr'), slideMove('End', 'ltr'), slideMove('a', 'ltr')]).toEqual([
      'first',
      'last',
      undefined,
    ]);
  });
});

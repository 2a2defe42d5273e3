/**
 * "Escape twice" quick exit and full screen: the Escape that leaves full screen (presenter slides)
 * never counts toward it; two presses outside full screen still leave.
 */
import { afterEach, describe, expect, it, vi } from 'vitest';
import { listenForDoubleEscape } from '../../src/ui/quickExit.ts';

const escape = () => window.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape' }));
let fullScreen: Element | null = null;
Object.defineProperty(document, 'fullscreenElement', { configurable: true, get: () => fullScreen });

let clock = 10_000;
vi.spyOn(performance, 'now').mockImplementation(() => clock);
const later = (ms: number) => {
  clock += ms;
};

afterEach(() => {
  fullScreen = null;
  clock += 10_000;
});

describe('listenForDoubleEscape', () => {
  it('leaves on two presses within the window, not on two presses far apart', () => {
    const exit = vi.fn();
    const stop = listenForDoubleEscape(exit, 800);
    escape();
    later(900);
    escape();
    expect(exit).not.toHaveBeenCalled();
    later(300);
    escape();
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });

  it('never counts a press while something is full screen', () => {
    const exit = vi.fn();
    const stop = listenForDoubleEscape(exit, 800);
    fullScreen = document.body;
    escape();
    later(100);
    escape();
    expect(exit).not.toHaveBeenCalled();
    stop();
  });

  it('never counts the press that left full screen, even delivered after the change', () => {
    const exit = vi.fn();
    const stop = listenForDoubleEscape(exit, 800);
    // A press before full screen, then full screen, then the leaving press (after the change).
    escape();
    later(100);
    fullScreen = document.body;
    document.dispatchEvent(new Event('fullscreenchange'));
    later(200);
    fullScreen = null;
    document.dispatchEvent(new Event('fullscreenchange'));
    later(50);
    escape();
    later(100);
    escape();
    expect(exit).not.toHaveBeenCalled();
    // Once she is out of full screen, two presses leave as always.
    later(1000);
    escape();
    later(100);
    escape();
    expect(exit).toHaveBeenCalledTimes(1);
    stop();
  });
});

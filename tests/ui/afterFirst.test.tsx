import { render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import { AfterFirst } from '../../src/ui/drawnWhenOpen.ts';

describe('AfterFirst', () => {
  it('leaves its part out of the first draw, then draws it just after', async () => {
    const screenWithRest = (
      <div>
        <h1>First screen</h1>
        <AfterFirst>{() => <ul className="rest">the rest</ul>}</AfterFirst>
      </div>
    );
    // The first draw alone (no effect runs on the server): the first screen, not the rest.
    const first = renderToString(screenWithRest);
    expect(first).toContain('First screen');
    expect(first).not.toContain('the rest');
    render(screenWithRest);
    expect(await screen.findByText('the rest')).toBeTruthy();
  });
});

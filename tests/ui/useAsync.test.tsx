import { act, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { describe, expect, it, vi } from 'vitest';
import { useAsync } from '../../src/ui/useAsync.ts';

function Screen({ load, id }: { load: (id: string) => Promise<string>; id: string }) {
  const [state, reload] = useAsync(() => load(id), [id]);
  return (
    <div>
      <p>{state.status === 'ready' ? state.value : state.status === 'error' ? 'failed' : 'loading'}</p>
      <button type="button" onClick={reload}>
        again
      </button>
    </div>
  );
}

describe('useAsync', () => {
  it('starts reading in the first render, before the loading screen is committed or any effect runs', () => {
    const load = vi.fn(() => new Promise<string>(() => undefined));
    // A server render runs no effect: the read can only have started in the render itself.
    const html = renderToString(<Screen load={load} id="a" />);
    expect(html).toContain('loading');
    expect(load).toHaveBeenCalledTimes(1);
    expect(load).toHaveBeenCalledWith('a');
  });

  it('uses that first read (not a second one), then a new one for new deps and for "again"', async () => {
    const load = vi.fn((id: string) => Promise.resolve(`value ${id}`));
    const { rerender } = render(<Screen load={load} id="a" />);
    expect(await screen.findByText('value a')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(1);

    rerender(<Screen load={load} id="b" />);
    expect(await screen.findByText('value b')).toBeTruthy();
    expect(load).toHaveBeenCalledTimes(2);

    await act(async () => {
      screen.getByRole('button', { name: 'again' }).click();
      await Promise.resolve();
    });
    expect(load).toHaveBeenCalledTimes(3);
    expect(load).toHaveBeenLastCalledWith('b');
  });

  it('shows an error from the first read, including a loader that throws at once', async () => {
    const load = vi.fn((): Promise<string> => {
      throw new Error('no');
    });
    render(<Screen load={load} id="a" />);
    expect(await screen.findByText('failed')).toBeTruthy();
  });

  it('drops a first read whose screen never mounted (a render React threw away), unhandled by no one', async () => {
    let fail: (error: Error) => void = () => undefined;
    const load = vi.fn(
      () =>
        new Promise<string>((_, reject) => {
          fail = reject;
        }),
    );
    renderToString(<Screen load={load} id="a" />); // rendered, never committed: no effect takes it
    const unhandled = vi.fn();
    process.on('unhandledRejection', unhandled);
    try {
      fail(new Error('late'));
      await new Promise((ok) => setTimeout(ok, 10));
      expect(unhandled).not.toHaveBeenCalled();
    } finally {
      process.off('unhandledRejection', unhandled);
    }
  });
});

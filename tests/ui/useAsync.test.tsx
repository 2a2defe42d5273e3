import { act, cleanup, render, screen } from '@testing-library/react';
import { renderToString } from 'react-dom/server';
import { afterEach, describe, expect, it, vi } from 'vitest';
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

  describe('with a value to show at once', () => {
    afterEach(cleanup);
    interface Value {
      text: string;
    }
    const seen: Value[] = [];
    function Shown(props: { load: () => Promise<Value>; initial: () => Value | undefined }) {
      const [state] = useAsync(props.load, [], {
        initial: props.initial,
        same: (a, b) => a.text === b.text,
      });
      if (state.status === 'ready') seen.push(state.value);
      return <p>{state.status === 'ready' ? state.value.text : state.status}</p>;
    }

    it('draws it in the first render and starts the check only after (none in a server render)', () => {
      const load = vi.fn(() => new Promise<Value>(() => undefined));
      const html = renderToString(<Shown load={load} initial={() => ({ text: 'as last read' })} />);
      expect(html).toContain('as last read');
      expect(load).not.toHaveBeenCalled();
    });

    it('keeps the value shown (nothing redrawn) when the check reads the same', async () => {
      seen.length = 0;
      const shown = { text: 'as last read' };
      const load = vi.fn(() => Promise.resolve({ text: 'as last read' }));
      render(<Shown load={load} initial={() => shown} />);
      expect(screen.getByText('as last read')).toBeTruthy();
      await vi.waitFor(() => expect(load).toHaveBeenCalledTimes(1));
      await act(async () => {
        await load.mock.results[0]?.value;
      });
      expect(seen.every((v) => v === shown)).toBe(true);
    });

    it('shows what the check read when it differs', async () => {
      const load = vi.fn(() => Promise.resolve({ text: 'changed meanwhile' }));
      render(<Shown load={load} initial={() => ({ text: 'as last read' })} />);
      expect(screen.getByText('as last read')).toBeTruthy();
      expect(await screen.findByText('changed meanwhile')).toBeTruthy();
      expect(load).toHaveBeenCalledTimes(1);
    });

    it('reads at once, in the first render, when there is nothing to show', async () => {
      const load = vi.fn(() => Promise.resolve({ text: 'read' }));
      render(<Shown load={load} initial={() => undefined} />);
      expect(load).toHaveBeenCalledTimes(1);
      expect(await screen.findByText('read')).toBeTruthy();
    });
  });
});

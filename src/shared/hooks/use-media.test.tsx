import { act, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { describe, expect, it, vi } from 'vitest';
import { useMediaQuery, usePrinting } from './use-media';

function Printed({ name }: { name: string }) {
  return <p>{`${name}: ${usePrinting() ? 'printing' : 'on screen'}`}</p>;
}

function Wide() {
  const [renders, setRenders] = useState(0);
  const wide = useMediaQuery('(min-width: 1px)');
  return (
    <button type="button" onClick={() => setRenders((n) => n + 1)}>
      {`${wide ? 'wide' : 'narrow'} ${renders}`}
    </button>
  );
}

describe('usePrinting', () => {
  it('tells every reader at once when the print dialog opens, and again when it closes', () => {
    render(
      <>
        <Printed name="first" />
        <Printed name="second" />
      </>,
    );
    expect(screen.getByText('first: on screen')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    expect(screen.getByText('first: printing')).toBeInTheDocument();
    expect(screen.getByText('second: printing')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText('first: on screen')).toBeInTheDocument();
    expect(screen.getByText('second: on screen')).toBeInTheDocument();
  });

  it('gives a reader that comes while the dialog is open the printed state', () => {
    const { unmount } = render(<Printed name="first" />);
    act(() => {
      window.dispatchEvent(new Event('beforeprint'));
    });
    unmount();
    render(<Printed name="later" />);
    expect(screen.getByText('later: printing')).toBeInTheDocument();
    act(() => {
      window.dispatchEvent(new Event('afterprint'));
    });
    expect(screen.getByText('later: on screen')).toBeInTheDocument();
  });
});

describe('useMediaQuery', () => {
  it('asks the browser for a query once, however often its readers draw', () => {
    const matchMedia = vi.spyOn(window, 'matchMedia');
    try {
      render(<Wide />);
      const button = screen.getByRole('button');
      for (let i = 0; i < 3; i++) act(() => button.click());
      expect(button).toHaveTextContent(/ 3$/);
      expect(matchMedia.mock.calls.filter(([q]) => q === '(min-width: 1px)')).toHaveLength(1);
    } finally {
      matchMedia.mockRestore();
    }
  });
});

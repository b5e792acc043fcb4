import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach, vi } from 'vitest';

// The first render of a test file (Mantine + jsdom warm-up) can take over a second.
configure({ asyncUtilTimeout: 5000 });

// jsdom lacks a few browser APIs Mantine relies on (https://mantine.dev/guides/vitest/).
/** A media query that never matches (jsdom has no layout) and never changes. */
class MediaQueryListStub extends EventTarget {
  readonly matches = false;
  onchange = null;
  constructor(readonly media: string) {
    super();
  }
}
Object.defineProperty(window, 'matchMedia', {
  writable: true,
  value: (query: string) => new MediaQueryListStub(query) as unknown as MediaQueryList,
});

class ResizeObserverStub {
  observe(): void {
    // Layout never changes in jsdom.
  }
  unobserve(): void {
    // Nothing observed.
  }
  disconnect(): void {
    // Nothing observed.
  }
}
window.ResizeObserver = ResizeObserverStub;
window.HTMLElement.prototype.scrollIntoView = () => undefined;

afterEach(() => {
  cleanup();
  vi.unstubAllGlobals();
  vi.useRealTimers();
  window.localStorage.clear();
});

// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { embedSnippet, embedUrl, escapeAttribute, listenerScript } from './embed-snippet';
import { heightMessage } from './height-message';

const ORIGIN = 'https://example.org';

describe('embedUrl', () => {
  it('keeps filters and grouping, drops the workspace and honours the base path', () => {
    const url = embedUrl({
      origin: ORIGIN,
      base: '/corroborate/',
      kind: 'compare',
      groupId: 'air-raids',
      search: '?group=date&ws=abc&source=sohr',
    });
    expect(url).toBe('https://example.org/corroborate/embed/compare/air-raids?group=date&source=sohr');
  });

  it('encodes the group id as one path segment', () => {
    expect(embedUrl({ origin: ORIGIN, base: '/', kind: 'card', groupId: 'a/b#context', search: '' })).toBe(
      'https://example.org/embed/card/a%2Fb%23context',
    );
  });
});

describe('embedSnippet', () => {
  it('escapes the src and title so they cannot leave their attributes', () => {
    const src = `${ORIGIN}/embed/compare/x?q="><script>alert(1)</script>&a='b'`;
    const snippet = embedSnippet({ src, title: 'Deaths "in" <Palmyra>', frameId: 'corroborate-x' });
    const iframe = snippet.split('\n')[0]!;
    expect(iframe).toContain(`src="${escapeAttribute(src)}"`);
    expect(iframe).not.toContain('"><script>');
    expect(iframe).toContain('title="Deaths &quot;in&quot; &lt;Palmyra&gt;"');
    // Parsed back by a browser, the attributes hold exactly what was given.
    const holder = document.createElement('div');
    holder.innerHTML = iframe;
    const frame = holder.querySelector('iframe')!;
    expect(frame.getAttribute('src')).toBe(src);
    expect(frame.getAttribute('title')).toBe('Deaths "in" <Palmyra>');
  });

  it('keeps a hostile frame id from closing the inline script', () => {
    const script = listenerScript('</script><script>alert(1)//', ORIGIN);
    expect(script).not.toContain('</script>');
  });
});

describe('the listener script', () => {
  /** Puts the snippet's iframe in the page and runs its script, as a host page would. */
  function install() {
    const frameId = `frame-${Math.random().toString(36).slice(2)}`;
    const snippet = embedSnippet({ src: `${ORIGIN}/embed/compare/x`, title: 'x', frameId, initialHeight: 300 });
    const holder = document.createElement('div');
    holder.innerHTML = snippet.split('\n')[0]!;
    const frame = holder.querySelector('iframe')!;
    // The test page loads nothing: the frame's window is a stand-in the messages can name as their source.
    frame.removeAttribute('src');
    const frameWindow = { name: 'embedded' };
    Object.defineProperty(frame, 'contentWindow', { value: frameWindow });
    document.body.append(holder);
    // The test DOM does not run inline scripts: run the snippet's script text as the host page would.
    // eslint-disable-next-line @typescript-eslint/no-implied-eval, @typescript-eslint/no-unsafe-call -- the script under test is text
    new Function(listenerScript(frameId, ORIGIN))();
    const post = (data: unknown, source: unknown = frame.contentWindow, origin = ORIGIN) =>
      window.dispatchEvent(new MessageEvent('message', { data, source: source as Window, origin }));
    return { frame, post };
  }

  it('sets the height from a message sent by its frame', () => {
    const { frame, post } = install();
    post(heightMessage(612.5));
    expect(frame.getAttribute('height')).toBe('613');
  });

  it('ignores messages from another window, another origin or of the wrong shape', () => {
    const { frame, post } = install();
    post(heightMessage(700), window);
    post(heightMessage(700), frame.contentWindow, 'https://evil.example');
    post({ type: 'corroborate:height', height: '700' });
    post({ type: 'corroborate:height', height: 10_000_000 });
    expect(frame.getAttribute('height')).toBe('300');
  });
});

/**
 * The embed page's side of sizing (the "child"): tells the host page the height of the embed's content
 * whenever it changes, growing or shrinking, as Pym.js and Datawrapper messages (see sizingMessages.ts).
 *
 * Why each trigger: a ResizeObserver on the content element catches re-layout from any cause (a new width,
 * a state that changes the chart, a data table opened or closed); `load` and `document.fonts.ready` catch
 * the reflow when late fonts arrive; `resize` and the parent's Pym `width` message are answered even when
 * nothing changed, because the host may have missed or reset an earlier height. The content element is
 * measured, not the document: a document is never shorter than its iframe, so it could not shrink.
 */
import {
  datawrapperHeightMessage,
  parsePymMessage,
  pymChildId,
  pymMessage,
  reportedHeight,
} from '../../lib/embed/sizingMessages';

export function startEmbedSizing(content: HTMLElement, chartId: string): void {
  const host = window.parent;
  if (!host || host === window) return;
  const childId = pymChildId(location.search);
  let last = -1;

  const send = (force = false) => {
    const rect = content.getBoundingClientRect();
    const height = reportedHeight(rect.bottom + window.scrollY + parseFloat(getComputedStyle(content).marginBottom || '0'));
    if (!force && height === last) return;
    last = height;
    host.postMessage(datawrapperHeightMessage(chartId, height), '*');
    if (childId) host.postMessage(pymMessage(childId, 'height', height), '*');
  };

  new ResizeObserver(() => send()).observe(content);
  addEventListener('load', () => send(true));
  addEventListener('resize', () => send(true));
  document.fonts?.ready.then(() => send(true));
  // A <details> toggling (the data table) re-lays out; the observer sees it, this makes it immediate.
  content.addEventListener('toggle', () => send(), true);
  if (childId) {
    addEventListener('message', (e) => {
      if (e.source !== host) return;
      const m = parsePymMessage(e.data, childId);
      if (m?.type === 'width') send(true);
    });
  }
  send(true);
}

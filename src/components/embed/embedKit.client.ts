/**
 * The embed kit's controls: theme and state options rewrite the embed code, the iframe-only code and the
 * previews; copy buttons copy a text box and say so in a live region; previews are sized by the same
 * Datawrapper height message the embed code listens for, from their own windows only.
 */
import { embedCode, embedIframe, MAX_EMBED_HEIGHT, MIN_EMBED_HEIGHT } from '../../lib/embed/embedCode';
import { embedUrl, type EmbedStateSpec, type EmbedTheme } from '../../lib/embed/embedQuery';

async function copyText(area: HTMLTextAreaElement): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(area.value);
    return true;
  } catch {
    // Clipboard API refused (permissions, older browser): select and use the legacy command.
    area.focus();
    area.select();
    try {
      return document.execCommand('copy');
    } catch {
      return false;
    }
  }
}

export function enhanceEmbedKit(kit: HTMLElement): void {
  const id = kit.dataset['chartId'] ?? '';
  const title = kit.dataset['title'] ?? '';
  const height = Number(kit.dataset['height']);
  const spec = JSON.parse(kit.dataset['spec'] ?? '{}') as EmbedStateSpec;
  const code = kit.querySelector<HTMLTextAreaElement>('[data-kit-code]');
  const bare = kit.querySelector<HTMLTextAreaElement>('[data-kit-iframe]');
  const status = kit.querySelector<HTMLElement>('[data-kit-status]');
  const stateSelect = kit.querySelector<HTMLSelectElement>('[data-kit-state]');
  const previews = Array.from(kit.querySelectorAll<HTMLIFrameElement>('iframe[data-kit-preview]'));
  // The site's own address, unless the build knew it already.
  const origin = location.origin;

  const update = () => {
    const theme = (kit.querySelector<HTMLInputElement>('input[type=radio]:checked')?.value ?? 'light') as EmbedTheme;
    const state = stateSelect?.value ?? spec.defaultState;
    const src = embedUrl(origin, id, { theme, state }, spec);
    if (code) code.value = embedCode({ src, title, height });
    if (bare) bare.value = embedIframe({ src, title, height });
    const path = embedUrl('', id, { theme, state }, spec);
    for (const frame of previews) if (frame.getAttribute('src') !== path) frame.setAttribute('src', path);
    if (status) status.textContent = '';
  };
  kit.querySelector('[data-kit-options]')?.addEventListener('change', update);
  kit.querySelector('[data-kit-options]')?.removeAttribute('hidden');

  for (const button of kit.querySelectorAll<HTMLButtonElement>('button[data-copy]')) {
    const area = document.getElementById(button.dataset['copy'] ?? '');
    if (!(area instanceof HTMLTextAreaElement)) continue;
    button.hidden = false;
    button.addEventListener('click', async () => {
      const ok = await copyText(area);
      if (status) {
        // Cleared first so the same message is announced again on a second copy.
        status.textContent = '';
        requestAnimationFrame(() => {
          status.textContent = ok ? (button.dataset['copied'] ?? 'Copied') : 'Could not copy: select the text and copy it';
        });
      }
      button.focus();
    });
  }

  addEventListener('message', (e) => {
    const frame = previews.find((f) => f.contentWindow === e.source);
    const d = (e.data as { 'datawrapper-height'?: Record<string, unknown> } | null)?.['datawrapper-height'];
    if (!frame || !d || typeof d !== 'object') return;
    for (const h of Object.values(d)) {
      if (typeof h === 'number' && Number.isFinite(h) && h >= MIN_EMBED_HEIGHT && h <= MAX_EMBED_HEIGHT) frame.style.height = `${Math.ceil(h)}px`;
    }
  });
  update();
}

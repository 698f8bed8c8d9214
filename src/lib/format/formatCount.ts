import type { Count } from '../../data/schemas/count';

const numberFormat = new Intl.NumberFormat('en-US');

/**
 * A figure as words for prose and tooltips, keeping the source's qualifier: "more than 300", "about 900",
 * "at least 9", "241".
 */
export function formatCount(count: Pick<Count, 'value' | 'qualifier'>): string {
  const n = numberFormat.format(count.value);
  return count.qualifier === 'exactly' ? n : `${count.qualifier} ${n}`;
}

/**
 * A figure as a compact chart label that still shows its qualifier: "300+", "about 900", "≥9", "nearly 900", "241".
 */
export function formatCountShort(count: Pick<Count, 'value' | 'qualifier'>): string {
  const n = numberFormat.format(count.value);
  switch (count.qualifier) {
    case 'more than':
      return `${n}+`;
    case 'at least':
      return `≥${n}`;
    case 'exactly':
      return n;
    default:
      return `${count.qualifier} ${n}`;
  }
}

/**
 * `/embed/crackdown-timeline/states.json`: the timeline embed's allowed states (its default, its named periods,
 * one per event, and whether ranges are taken), which the other embeds carry in their page. The timeline's
 * run to one per event, more than its first view's drawing weighs, so its page fetches them only when a query
 * asks for a state (embedContent.client.ts).
 */
import type { APIRoute } from 'astro';
import { loadStoryData } from '../../../data/loadStoryData';
import { chartKits } from '../../../lib/embed/chartKits';

export const GET: APIRoute = () => {
  const kit = chartKits(loadStoryData()).find((k) => k.id === 'crackdown-timeline')!;
  return new Response(JSON.stringify(kit.states), { headers: { 'Content-Type': 'application/json' } });
};

/** `/og/story.png`: the story's Open Graph card (1200x630), rendered at build from the routes map. */
import type { APIRoute } from 'astro';
import { getEntry } from 'astro:content';
import { loadStoryData } from '../../data/loadStoryData';
import { storyCardPng } from '../../lib/story/storyCard';

export const GET: APIRoute = async () => {
  const entry = await getEntry('story', 'story');
  if (!entry) throw new Error('src/content/story/story.md is missing');
  const { kicker, headline, dek } = entry.data;
  const png = storyCardPng(loadStoryData(), { kicker, headline, dek, credit: 'Based on reporting by VOA Khmer and others' });
  return new Response(new Uint8Array(png), { headers: { 'Content-Type': 'image/png' } });
};

/**
 * Content collections. `story` holds the one file the story at `/` is written in (src/content/story/story.md):
 * its frontmatter is checked here, its body by src/lib/story/parseStory.ts.
 */
import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { z } from 'astro/zod';

const story = defineCollection({
  // STORY_CONTENT_DIR points a build at another folder (the build test uses a fixture with a bad id).
  loader: glob({ pattern: 'story.md', base: process.env['STORY_CONTENT_DIR'] || './src/content/story' }),
  schema: z.strictObject({
    /** The headline. */
    headline: z.string().min(1),
    /** The dek under the headline: one or two sentences. */
    dek: z.string().min(1),
    /** Kicker above the headline (place and years). */
    kicker: z.string().min(1),
    /** One sentence for search results and link previews. */
    description: z.string().min(1),
    /** The date the story was last updated, as YYYY-MM-DD (YAML reads it as a date; kept as its ISO day). */
    updated: z.coerce.date().transform((d) => d.toISOString().slice(0, 10)),
  }),
});

export const collections = { story };

/**
 * The story read from its content file: frontmatter from the `story` content collection (checked by its
 * schema in src/content.config.ts), body parsed with line numbers by parseStory. Build-time only.
 */
import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import type { StoryData } from '../../data/loadStoryData';
import { parseStory, type ParsedStory } from './parseStory';

/** Splits a Markdown file into its frontmatter and body, with the line the body starts on. */
export function splitFrontmatter(text: string): { body: string; firstLine: number } {
  const m = /^---\r?\n[\s\S]*?\r?\n---\r?\n/.exec(text);
  if (!m) return { body: text, firstLine: 1 };
  return { body: text.slice(m[0].length), firstLine: m[0].split('\n').length };
}

/** Parses the story file at `path` (absolute or relative to the project). */
export function loadStoryFile(path: string, data: StoryData): ParsedStory {
  const text = readFileSync(path, 'utf8');
  const { body, firstLine } = splitFrontmatter(text);
  return parseStory(body, data, relative(process.cwd(), path) || path, firstLine);
}

/** Minutes to read `words` at 230 words a minute, at least one. */
export function readingMinutes(words: number): number {
  return Math.max(1, Math.round(words / 230));
}

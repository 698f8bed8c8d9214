/** A mistake in the story's content file, named by file and line so an editor can find it. */
export class StoryContentError extends Error {
  constructor(
    /** The content file, relative to the project. */
    readonly file: string,
    /** 1-based line of the mistake. */
    readonly line: number,
    /** What is wrong, in plain words. */
    readonly problem: string,
  ) {
    super(`${file}:${line}: ${problem}`);
    this.name = 'StoryContentError';
  }
}

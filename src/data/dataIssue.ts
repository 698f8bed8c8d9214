/** One problem found in a data file: which file, which record, which field, and what is wrong. */
export interface DataIssue {
  /** The file as shown to a person, e.g. `data/counts.json`. */
  file: string;
  /** Position of the record in the file's array, where the problem is in a record. */
  index?: number;
  /** The record's id (or code), where it has one. */
  id?: string;
  /** Dotted path of the field inside the record, e.g. `period.start` or `sources.0`. */
  field?: string;
  /** What is wrong, e.g. `must be >= 0`. */
  message: string;
}

/** `data/counts.json: record "tw-held" (index 4), field "value": must be >= 0`. */
export function formatDataIssue(issue: DataIssue): string {
  let where = issue.file;
  if (issue.index !== undefined) {
    where += issue.id !== undefined ? `: record "${issue.id}" (index ${issue.index})` : `: record at index ${issue.index}`;
  }
  if (issue.field !== undefined && issue.field !== '') where += `, field "${issue.field}"`;
  return `${where}: ${issue.message}`;
}

/** Thrown when the story data is malformed or fails a cross-check; the message lists every issue. */
export class StoryDataError extends Error {
  readonly issues: readonly DataIssue[];
  constructor(issues: readonly DataIssue[]) {
    const lines = issues.map((i) => `  - ${formatDataIssue(i)}`);
    super(`Story data is invalid (${issues.length} problem${issues.length === 1 ? '' : 's'}):\n${lines.join('\n')}`);
    this.name = 'StoryDataError';
    this.issues = issues;
  }
}

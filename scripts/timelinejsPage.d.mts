/** Types of scripts/timelinejsPage.mjs: the page the benchmark lays out with TimelineJS. */
export interface TlDate {
  year: string;
  month?: string;
  day?: string;
}
export interface StoryEvent {
  id: string;
  date: string;
  endDate?: string;
  category: string;
  title: string;
  description: string;
}
export declare function tlDate(iso: string): TlDate;
export declare function timelinejsData(events: readonly StoryEvent[]): {
  events: Array<{ unique_id: string; start_date: TlDate; end_date?: TlDate; text: { headline: string; text: string }; group: string }>;
};
export declare function timelinejsPage(events: readonly StoryEvent[], base?: string): string;

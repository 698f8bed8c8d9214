/** Types of scripts/scaleStoryData.mjs: synthetic larger copies of the story data for the scale test. */
export declare const SCALED_DATASETS: readonly string[];
export declare function scaleStoryData<T extends Record<string, ReadonlyArray<Record<string, unknown>>>>(datasets: T, factor: number): T;

export declare const STORY_INIT_SCRIPT: string;

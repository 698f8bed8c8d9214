/** See themeInitScript.mjs. */
export declare const THEME_INIT_SCRIPT: string;

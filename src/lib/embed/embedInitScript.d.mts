export const EMBED_INIT_SCRIPT: string;

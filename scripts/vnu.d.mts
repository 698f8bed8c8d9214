export declare const VNU_JAR: string;
export declare const JAVA: string;
export declare function hasJava(): boolean;
export declare function validateHtml(files: string[]): string[];
export declare const CSS_CHECKER_GAPS: RegExp[];

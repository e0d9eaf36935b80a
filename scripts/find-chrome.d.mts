export declare const CHROME_CANDIDATES: string[];
export declare const CHROME_HINT: string;
export declare function findChrome(env?: Record<string, string | undefined>): string | undefined;

export declare const HEADER: string;
/** The TypeScript source of the request and response types of `document`. */
export declare function renderApiTypes(document: unknown): Promise<string>;

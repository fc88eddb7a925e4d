export declare const sourceAlias: { '@': string };

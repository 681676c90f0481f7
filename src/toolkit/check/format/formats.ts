/** Report formats of `masterplan check`, apart from their code so the command line can list them cheaply. */
export const FORMATS = ['stylish', 'json', 'sarif', 'github'] as const;
/** A report format name. */
export type Format = (typeof FORMATS)[number];

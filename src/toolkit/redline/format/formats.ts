/** Output formats of `masterplan diff`, apart from their code so the command line can list them cheaply. */
export const REDLINE_FORMATS = ['stylish', 'json', 'markdown', 'html'] as const;
/** A redline output format name. */
export type RedlineFormat = (typeof REDLINE_FORMATS)[number];

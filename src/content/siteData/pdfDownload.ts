/** What the master plan's first page needs to offer the PDF (global data of src/plugins/pdf-download); `null` when the build makes none. */
export interface PdfDownloadData {
  download: {
    /** URL of the PDF relative to the locale's base URL, e.g. `/unduh/rencana-induk-id.pdf`. */
    href: string;
    label: string;
  } | null;
}

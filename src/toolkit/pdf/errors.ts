/** Something stops the PDF from being made; the message says what and how to fix it. */
export class PdfError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'PdfError';
  }
}

/** A page of the built site that could not be rendered; names the page. */
export class PageRenderError extends PdfError {
  constructor(
    readonly page: string,
    readonly reason: string,
  ) {
    super(`Could not render ${page}: ${reason}`);
    this.name = 'PageRenderError';
  }
}

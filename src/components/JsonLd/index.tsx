import Head from '@docusaurus/Head';
import type {ReactNode} from 'react';

/**
 * JSON for inside a `<script>` element: `<`, `>` and `&` are written as
 * `\u003c`, `\u003e`, `\u0026`, the same JSON to a reader, so a title or
 * description containing `</script>` cannot end the element and inject HTML.
 * Docusaurus 3.10 writes structured data with a bare `JSON.stringify`; a press
 * release quoting `</script><img onerror=...>` ran script on its page (found
 * by e2e/pressMarkup.test.ts).
 */
export function scriptSafeJson(data: unknown): string {
  return JSON.stringify(data).replace(/[<>&\u2028\u2029]/g, (character) => `\\u${character.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/** Structured data (schema.org JSON-LD) in the page head, safe for any text. */
export default function JsonLd({data}: {data: unknown}): ReactNode {
  return (
    <Head>
      <script type="application/ld+json">{scriptSafeJson(data)}</script>
    </Head>
  );
}

import type {ReactNode} from 'react';
import Translate from '@docusaurus/Translate';

import {PUBLISHER_NAME, usePressPost} from '@site/src/components/readers/pressPost';
import styles from './styles.module.css';

/** Who wrote and edited a republished press release, and its source tag, shown under the text. */
export default function PressAttribution(): ReactNode {
  const {provenance} = usePressPost();
  if (!provenance) return null;
  return (
    <section className={styles.attribution} aria-labelledby="press-source" data-testid="press-attribution">
      <p id="press-source" className={styles.title}>
        <Translate id="readers.press.source">Sumber</Translate>
      </p>
      <dl className={styles.facts}>
        <div>
          <dt><Translate id="readers.press.publisher">Penerbit</Translate></dt>
          <dd>{PUBLISHER_NAME}</dd>
        </div>
        {provenance.author && (
          <div>
            <dt><Translate id="readers.press.author">Penulis</Translate></dt>
            <dd>{provenance.author}</dd>
          </div>
        )}
        {provenance.editor && (
          <div>
            <dt><Translate id="readers.press.editor">Editor</Translate></dt>
            <dd>{provenance.editor}</dd>
          </div>
        )}
        {provenance.source_tag && (
          <div>
            <dt><Translate id="readers.press.sourceTag">Label sumber</Translate></dt>
            <dd>({provenance.source_tag})</dd>
          </div>
        )}
      </dl>
      <p className={styles.note}>
        <Translate id="readers.press.republished">Diterbitkan ulang apa adanya dari siaran pers resmi.</Translate>
      </p>
    </section>
  );
}

import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';

import ProgressSummary from '@site/src/components/ProgressSummary';

/** `/kemajuan-belajar/`: the trainee's progress, ready to print. */
export default function ProgressPage(): ReactNode {
  return (
    <Layout
      title={translate({id: 'readers.summary.meta.title', message: 'Kemajuan belajar saya'})}
      description={translate({id: 'readers.summary.meta.description', message: 'Ringkasan modul kurikulum yang sudah Anda selesaikan, siap dicetak.'})}
>
      <main className="container margin-vert--lg">
        <ProgressSummary />
      </main>
    </Layout>
  );
}

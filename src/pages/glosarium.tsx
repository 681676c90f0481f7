import type {ReactNode} from 'react';
import {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';

import Glossary from '@site/src/components/Glossary';

/** `/glosarium/`: the glossary registry as a page, alphabetical, one anchor per term. */
export default function GlossaryPage(): ReactNode {
  return (
    <Layout
      title={translate({id: 'readers.glossary.meta.title', message: 'Glosarium'})}
      description={translate({id: 'readers.glossary.meta.description', message: 'Istilah e-government dalam bahasa Indonesia dan Inggris, dengan definisinya.'})}>
      <main className="container margin-vert--lg">
        <Glossary />
      </main>
    </Layout>
  );
}

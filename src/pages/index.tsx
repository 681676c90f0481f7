import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate, {translate} from '@docusaurus/Translate';
import Layout from '@theme/Layout';
import Heading from '@theme/Heading';

import AudienceCards from '@site/src/components/AudienceCards';
import LatestPress from '@site/src/components/LatestPress';
import Timeline from '@site/src/components/Timeline';
import styles from './index.module.css';

function Hero(): ReactNode {
  return (
    <header className={styles.hero}>
      <div className="container">
        <Heading as="h1" className={styles.heroTitle}>
          {translate({id: 'home.hero.title', message: 'Rencana Induk e-Government Indonesia'})}
        </Heading>
        <p className={styles.heroLead}>
          <Translate id="home.hero.tagline">
            Rencana induk e-government Indonesia, kurikulum peningkatan kapasitas, dan catatan konsultasi kebijakan kerja sama RI–Korea.
          </Translate>
        </p>
        <div className={styles.heroActions}>
          <Link className="button button--primary button--lg" to="/rencana-induk/">
            <Translate id="home.hero.readPlan">Baca rencana induk</Translate>
          </Link>
          <Link className="button button--secondary button--lg" to="/kurikulum/">
            <Translate id="home.hero.startLearning">Mulai belajar</Translate>
          </Link>
        </div>
      </div>
    </header>
  );
}

function AboutCooperation(): ReactNode {
  return (
    <section className={styles.section} aria-labelledby="about-cooperation">
      <Heading as="h2" id="about-cooperation">
        <Translate id="home.about.title">Tentang kerja sama ini</Translate>
      </Heading>
      <p>
        <Translate id="home.about.body">
          Pemerintah Republik Indonesia dan Pemerintah Republik Korea meresmikan Pusat Kerja Sama e-Government di kantor Kementerian PANRB, Jakarta, pada 2 Maret 2016. Pusat ini mendukung pemerintahan berkelas dunia yang lebih transparan, efektif, dan efisien melalui penyusunan rencana induk, peningkatan kapasitas, dan konsultasi kebijakan, selama tiga tahun: 2016–2019 menurut Kementerian PANRB, sampai Desember 2018 menurut Kementerian Dalam Negeri Republik Korea.
        </Translate>
      </p>
      <Timeline />
      <Link to="/rencana-induk/sejarah-kerja-sama/">
        <Translate id="home.about.history">Sejarah kerja sama sejak 2006</Translate>
      </Link>
    </section>
  );
}

export default function Home(): ReactNode {
  return (
    <Layout
      title={translate({id: 'home.meta.title', message: 'Beranda'})}
      description={translate({
        id: 'home.meta.description',
        message:
          'Rencana induk e-government Indonesia yang disusun Kementerian PANRB bersama Kementerian Dalam Negeri Republik Korea: bab rencana induk, kurikulum, catatan konsultasi, dan siaran pers.',
      })}>
      <Hero />
      <main className="container margin-vert--lg">
        <AudienceCards />
        <div className={styles.columns}>
          <AboutCooperation />
          <LatestPress />
        </div>
      </main>
    </Layout>
  );
}

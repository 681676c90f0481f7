import type {ReactNode} from 'react';
import Link from '@docusaurus/Link';
import Translate from '@docusaurus/Translate';
import Heading from '@theme/Heading';

import styles from './styles.module.css';

interface Audience {
  id: string;
  title: ReactNode;
  body: ReactNode;
  links: {to: string; label: ReactNode}[];
}

/** The three audiences the home page serves, each with where to go next. */
const AUDIENCES: Audience[] = [
  {
    id: 'planners',
    title: <Translate id="home.audience.planners.title">Untuk perencana</Translate>,
    body: (
      <Translate id="home.audience.planners.body">
        Bab rencana induk yang sedang ditulis, statusnya, dan cara mengusulkan perubahan.
      </Translate>
    ),
    links: [
      {to: '/rencana-induk/', label: <Translate id="home.audience.planners.plan">Bab rencana induk</Translate>},
      {to: '/rencana-induk/peta-program/', label: <Translate id="home.audience.planners.programs">Peta program utama</Translate>},
    ],
  },
  {
    id: 'trainees',
    title: <Translate id="home.audience.trainees.title">Untuk peserta pelatihan</Translate>,
    body: (
      <Translate id="home.audience.trainees.body">
        Modul peningkatan kapasitas yang berjenjang, dari dasar-dasar e-government sampai integrasi layanan.
      </Translate>
    ),
    links: [
      {to: '/kurikulum/', label: <Translate id="home.audience.trainees.curricula">Semua modul</Translate>},
      {to: '/kurikulum/dasar-e-government/', label: <Translate id="home.audience.trainees.start">Mulai dari modul pertama</Translate>},
    ],
  },
  {
    id: 'public',
    title: <Translate id="home.audience.public.title">Untuk masyarakat</Translate>,
    body: (
      <Translate id="home.audience.public.body">
        Siaran pers, keputusan konsultasi kebijakan, dan apa yang dikerjakan kerja sama e-government Indonesia–Korea.
      </Translate>
    ),
    links: [
      {to: '/siaran-pers/', label: <Translate id="home.audience.public.press">Siaran pers</Translate>},
      {to: '/konsultasi/', label: <Translate id="home.audience.public.consultations">Catatan konsultasi</Translate>},
    ],
  },
];

export default function AudienceCards(): ReactNode {
  return (
    <div className={styles.grid}>
      {AUDIENCES.map((audience) => (
        <section key={audience.id} className={styles.card} aria-labelledby={`audience-${audience.id}`}>
          <Heading as="h2" id={`audience-${audience.id}`} className={styles.title}>
            {audience.title}
          </Heading>
          <p>{audience.body}</p>
          <ul className={styles.links}>
            {audience.links.map((link) => (
              <li key={link.to}>
                <Link to={link.to}>{link.label}</Link>
              </li>
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}

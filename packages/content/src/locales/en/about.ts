import type { AboutContent } from '../../types/about.js';
import type { SectionHeadings } from '../../types/common.js';
import common from './common.js';

/** Every section's heading, in brochure order: the ones other topics show come from `common`. */
const sectionHeadings: SectionHeadings = {
  ...common.sectionHeadings,
  2: 'How is the back built?',
  3: 'How the back changes with age',
  4: 'The disc and disc prolapse (the unnumbered drawing page)',
  5: 'What you can do yourself when your back hurts',
  9: 'Can you prevent it coming back?',
  10: 'How common is back pain?',
  11: 'Where can you learn more?',
};

const content: AboutContent = {
  common,
  sectionHeadings,
  ui: {
    title: 'About this content',
    metaHeading: 'The source',
    titleLabel: 'Title',
    publisherLabel: 'Publisher',
    yearLabel: 'Year',
    basisHeading: 'What the content is based on',
    disclaimerHeading: 'Important',
    sectionsHeading: 'Contents',
    sectionLabel: 'Section',
    prevalenceHeading: sectionHeadings[10],
    moreInfoHeading: sectionHeadings[11],
    linksNote: 'The addresses are given as they were printed in the brochure in 2007. The websites are in Norwegian.',
  },
  meta: {
    title: common.source.title,
    publisher: common.source.publisher,
    year: common.source.year,
    audience: 'The brochure is written for people with back pain, whether the pain is new or has lasted a long time.',
    basis:
      'It draws on recent research and on what doctors, chiropractors, physiotherapists and manual therapists agree on. ' +
      'Its basis is the Norwegian national clinical guidelines for low back pain, published in 2007 by FORMI together ' +
      'with the Norwegian Directorate for Health and Social Affairs.',
  },
  disclaimer:
    'This is general information from the Norwegian brochure “Verdt å vite om vond rygg” ' +
    '(FORMI, 2007), which is built on the Norwegian national clinical guidelines for low back pain of 2007. ' +
    'It does not replace an examination by a doctor, physiotherapist, chiropractor or manual therapist.',
  sections: [
    {
      id: 'section-1',
      section: 1,
      heading: sectionHeadings[1],
      text: 'The kinds of back pain, how common each is, and what may raise the risk.',
      topic: 'causes',
    },
    {
      id: 'section-2',
      section: 2,
      heading: sectionHeadings[2],
      text: 'Vertebrae, discs, facet joints and muscles – and why the back is strong.',
      topic: 'anatomy',
    },
    {
      id: 'section-3',
      section: 3,
      heading: sectionHeadings[3],
      text: 'Normal age changes, spinal stenosis and osteoporosis.',
      topic: 'anatomy',
    },
    {
      id: 'section-4',
      section: 4,
      heading: sectionHeadings[4],
      text: 'What a disc prolapse is, and how it can press on a nerve root.',
      topic: 'anatomy',
    },
    {
      id: 'section-5',
      section: 5,
      heading: sectionHeadings[5],
      text: 'Keep moving, lie down as little as you can, and if painkillers help, take non-prescription ones at regular intervals.',
      topic: 'activity',
    },
    {
      id: 'section-6',
      section: 6,
      heading: sectionHeadings[6],
      text: 'Signs that you should seek help, and when to contact a doctor at once.',
      topic: 'red-flags',
    },
    {
      id: 'section-7',
      section: 7,
      heading: sectionHeadings[7],
      text: 'Examination, scans, medicines, sick leave, other treatment and surgery.',
      topic: 'treatment',
    },
    {
      id: 'section-8',
      section: 8,
      heading: sectionHeadings[8],
      text: 'The great majority of people with acute back pain get well or much better within a few weeks.',
      topic: 'causes',
    },
    {
      id: 'section-9',
      section: 9,
      heading: sectionHeadings[9],
      text: 'Regular exercise and staying fit matter most for keeping new episodes away.',
      topic: 'activity',
    },
    {
      id: 'section-10',
      section: 10,
      heading: sectionHeadings[10],
      text: 'Most people have back pain at some point, and about 15% have it at any given time.',
      topic: 'about',
    },
    {
      id: 'section-11',
      section: 11,
      heading: sectionHeadings[11],
      text: 'Websites and an association where you can learn more.',
      topic: 'about',
    },
  ],
  prevalence: [
    {
      id: 'very-common',
      text: 'Back pain is very common. The great majority of people have it at least once in their life.',
      section: 10,
    },
    {
      id: 'half-year',
      text: 'Within 6 months, half of the population will have had back pain.',
      section: 10,
    },
    {
      id: 'any-time',
      text: 'Ask people at any one time, and about 15% will say they have back pain right then.',
      section: 10,
    },
    {
      id: 'all-times',
      text:
        'People in every culture and every age have had back trouble. Skeletons of mummies several thousand years ' +
        'old, from Egypt and South America, show that back pain was common there too.',
      section: 10,
    },
    {
      id: 'part-of-life',
      text: 'Back pain has followed humans all through history and is, sadly, a natural part of life.',
      section: 10,
    },
    {
      id: 'wellbeing',
      text: 'Well-being, joy and believing that your back will get better do everyone good.',
      section: 10,
    },
  ],
  moreInfo: [
    {
      id: 'rygginfo',
      label: 'rygginfo.no',
      url: 'https://www.rygginfo.no',
      text:
        'A patient information site that explains Norwegian and international back research in plain language. ' +
        'In 2007 it was run by FORMI together with Ryggforeningen i Norge (the Norwegian back association).',
      section: 11,
    },
    {
      id: 'formi',
      label: 'formi.no',
      url: 'https://www.formi.no',
      text:
        'FORMI’s own website, with information and practical advice on back problems and a list of Norwegian back ' +
        'clinics and other places for training and rehabilitation. The brochure can be ordered there.',
      section: 11,
    },
    {
      id: 'ryggforeningen',
      label: 'Ryggforeningen i Norge',
      text:
        'The Norwegian back association and its local branches run self-help groups, courses in coping with back ' +
        'pain and peer-support activities. This is especially useful if your pain has lasted a long time.',
      section: 7,
    },
  ],
};

export default content;

import type { AnatomyContent } from '../../types/anatomy.js';
import common from './common.js';

const content: AnatomyContent = {
  common,
  ui: {
    title: 'How the back is built',
    diagramLabel: 'Drawing of the spine',
    views: { spine: 'Whole spine', segment: 'Close-up: two vertebrae and a disc' },
    viewLabel: 'View',
    conditionLabel: 'Show change',
    regionCount: { cervical: '7 neck vertebrae', thoracic: '12 thoracic vertebrae', lumbar: '5 lumbar vertebrae' },
    vertebraPrefix: { cervical: 'C', thoracic: 'T', lumbar: 'L' },
    vertebraLabel: 'Vertebra',
    sacrum: 'Sacrum',
    highlighted: 'highlighted',
    regionsHeading: 'The three parts of the spine',
    structuresHeading: 'Parts of the back',
    musclesHeading: 'The muscles',
    conditionsHeading: 'Changes with age',
    textAlternativeHeading: 'The drawing in words',
    showTextAlternative: 'Show the drawing as text',
    hideTextAlternative: 'Hide the text version',
    selectedHeading: 'Selected part',
    selectPrompt: 'Choose a part of the drawing to read about it',
    shownCondition: 'The drawing shows',
    highlightedParts: 'Highlighted in the drawing',
    previousPart: 'Previous part',
    nextPart: 'Next part',
    rootRoles: {
      exiting: 'Leaves through the nerve-root canal between L4 and L5, above the disc.',
      traversing:
        'Runs down past the back of the disc and leaves one level lower. A prolapse between L4 and L5 usually ' +
        'presses on this root.',
    },
    keyboardHint:
      'Move between the parts with the arrow keys. Page Up and Page Down jump between the neck, upper back and lower back, and typing a level such as L4 jumps to it. Choose with Enter or Space.',
  },
  intro: [
    { id: 'strong', text: 'Your back is strong and can take a lot.', section: 2 },
    {
      id: 'upright-and-protects',
      text: 'It lets us move upright, and it protects the nerve fibres in the spinal cord.',
      section: 2,
    },
    {
      id: 'vertebra-counts',
      text: 'The spine is made of vertebrae: 7 in the neck, 12 in the chest part and 5 in the lower back.',
      section: 2,
    },
  ],
  structures: {
    vertebra: {
      name: 'Vertebra',
      explanation:
        'The spine is built of vertebrae stacked on top of each other. Between them lie discs and facet joints.',
      section: 2,
    },
    disc: {
      name: 'Intervertebral disc',
      explanation:
        'Between the vertebrae lie discs of cartilage. The core in the middle is soft and jelly-like, and the disc ' +
        'absorbs shocks like a cushion.',
      section: 2,
    },
    'spinal-cord': {
      name: 'Spinal cord',
      explanation: 'The nerve fibres of the spinal cord run in a canal through the spine, which protects them.',
      section: 2,
    },
    'cauda-equina': {
      name: 'Cauda equina',
      explanation:
        'The spinal cord ends at about the first and second lumbar vertebrae. Below that, the nerve roots run on down ' +
        'the spinal canal as a bundle called the cauda equina (“horse’s tail”). The brochure describes the nerve ' +
        'roots but does not use this name.',
      section: 3,
    },
    'spinous-process': {
      name: 'Spinous process',
      explanation:
        'The part of the vertebra that points backwards. The brochure shows it in its drawing but does not say more ' +
        'about it.',
      section: 2,
    },
    'facet-joint': {
      name: 'Facet joint',
      explanation:
        'Between each pair of vertebrae there are also facet joints (guiding joints). Together with the muscles they ' +
        'let the back move and keep it stable.',
      section: 2,
    },
    'nerve-root': {
      name: 'Nerve root',
      explanation:
        'The nerve roots leave the spinal cord through openings between the vertebrae. If a nerve root is squeezed ' +
        'or irritated, it can cause pain that spreads down the leg (sciatica).',
      section: 4,
    },
    'nerve-root-canal': {
      name: 'Nerve-root canal',
      explanation:
        'The opening between two vertebrae where the nerve root leaves. If it is too narrow, the nerve root can get irritated.',
      section: 3,
    },
    prolapse: {
      name: 'Disc prolapse',
      explanation:
        'Some of the soft core of the disc has been pushed out through cracks and forms a bulge, which can press on ' +
        'or irritate the nerve root.',
      section: 4,
    },
    cervical: {
      name: 'Neck (7 vertebrae)',
      explanation: 'The top part of the spine, with 7 vertebrae.',
      section: 2,
      count: 7,
    },
    thoracic: {
      name: 'Upper back (12 vertebrae)',
      explanation: 'The middle part of the spine, the chest part, with 12 vertebrae.',
      section: 2,
      count: 12,
    },
    lumbar: {
      name: 'Lower back (5 vertebrae)',
      explanation: 'The lowest part of the spine, with 5 vertebrae.',
      section: 2,
      count: 5,
    },
    sacrum: {
      name: 'Sacrum',
      explanation:
        'Lies below the 5 vertebrae of the lower back and is not counted among them. The brochure does not say more ' +
        'about it.',
      section: 2,
    },
    muscles: {
      name: 'Back muscles',
      explanation:
        'Several layers of muscles. The big outer muscles move the back, while the smaller, innermost muscles mainly ' +
        'keep it stable – like guy ropes holding a mast in place.',
      section: 2,
    },
  },
  muscles: [
    {
      id: 'layers',
      text: 'The facet joints and several layers of muscles let the back both move and stay stable.',
      section: 2,
    },
    {
      id: 'outer',
      text: 'The outer layers are made of big muscles. They matter most when the back moves.',
      section: 2,
    },
    {
      id: 'inner',
      text:
        'The innermost layers are made of smaller muscles, which mostly provide stability. Some compare them to guy ' +
        'ropes holding a mast in place.',
      section: 2,
    },
  ],
  conditions: {
    none: {
      name: 'No change',
      explanation: [
        'Your back is strong and can take a lot.',
        'The discs between the vertebrae work as shock absorbers.',
      ],
      section: 2,
    },
    prolapse: {
      name: 'Disc prolapse',
      explanation: [
        'Some of the jelly-like core of a disc can be pushed out through cracks. This is called a prolapse.',
        'A prolapse is a bulge. The term “slipped disc” is misleading, because only a small part of the core is pushed out.',
        'A prolapse does not make the back unstable, but the muscles often tighten as a reflex, and then moving hurts.',
        'A prolapse can squeeze, stretch or irritate the nerve root. An important sign is pain that spreads all the way down to the calf and foot (sciatica).',
        'Up to 35% of us have a prolapse without any pain.',
        'A prolapse is usually caused by age changes in the disc, not by one unlucky event.',
        'Studies of identical twins suggest that heredity matters a lot, while strain at work seems to matter little.',
      ],
      section: 4,
    },
    stenosis: {
      name: 'Narrow spinal canal (spinal stenosis)',
      explanation: [
        'In some people, especially those over 60, age changes can make the canal for the spinal cord and the openings for the nerve roots too narrow.',
        '“Spinal” means to do with the spine, and “stenosis” means narrowing.',
        'Typically one or both legs hurt when you walk.',
        'The pain often eases when you bend forward or sit down.',
      ],
      section: 3,
    },
    degeneration: {
      name: 'Age changes (degeneration)',
      explanation: [
        'Just as skin gets wrinkles, the back changes with the years, especially the discs.',
        'The discs get lower, hold less fluid and crack. Bony deposits can form along the joint edges and the vertebrae.',
        'This is called degenerative change or wear and tear, but it is not necessarily linked to how much strain the back has had.',
        'Everyone gets such changes to a greater or lesser degree. Some people inherit a tendency to get them earlier in life.',
      ],
      section: 3,
    },
    osteoporosis: {
      name: 'Brittle bones (osteoporosis)',
      explanation: [
        'The bone mass in the vertebrae can become less and weaker. Women are especially at risk.',
        'Osteoporosis does not hurt in itself.',
        'But it raises the risk of painful fractures, which can happen after fairly small injuries.',
        'Such fractures can give a visibly more curved back, especially at the top.',
      ],
      section: 3,
    },
  },
};

export default content;

import type { CausesContent } from '../../types/causes.js';
import common from './common.js';

const content: CausesContent = {
  common,
  ui: {
    title: common.sectionHeadings[1],
    typesHeading: 'Kinds of back pain',
    shareLabel: 'Share of everyone with back pain',
    durationHeading: 'Acute and long-lasting pain',
    diagnosisHeading: 'How the diagnosis is made',
    riskHeading: 'Causes and risk factors',
    psychologyHeading: 'Mind and mood',
    viciousCircleHeading: 'What can keep the pain going',
    recoveryHeading: common.sectionHeadings[8],
    factsTitle: 'Facts about back pain',
    courseHeading: 'How back pain usually goes',
    courseAcute: 'Acute back pain',
    courseNerveRoot: 'Nerve-root pain',
    courseRelapse: 'Pain coming back',
    courseWeeks: 'A few weeks',
    courseMonths: 'Several months',
    courseYears: '1–2 years',
  },
  intro: [
    {
      id: 'cause-unclear',
      text:
        'Usually nobody can say for sure where the pain comes from or what sets it off. Several parts in and ' +
        'around the spine can cause pain at the same time.',
      section: 1,
    },
    {
      id: 'non-specific-names',
      text:
        'That is why the most common back pain is called non-specific. Another name is lumbago (from the Latin ' +
        'for the lower back); many people simply call it a bad back.',
      section: 1,
    },
    {
      id: 'harmless-but-painful',
      text:
        'Luckily it is usually something completely harmless, but it can hurt a lot. The muscles can feel knotted or as if ' +
        'they are in cramp.',
      section: 1,
    },
    {
      id: 'nerve-root',
      text:
        'Sometimes a disc prolapse irritates a nerve root. At other times the canal where the nerve root leaves ' +
        'the spine is so narrow that the nerve root gets irritated.',
      section: 1,
    },
    {
      id: 'serious-rare',
      text:
        'Rarely, another and more serious disease lies behind it, such as a fracture in the back (usually because ' +
        'of osteoporosis), infection, inflammatory rheumatic disease, a tumour or cancer. This applies to fewer ' +
        'than 5% of everyone with back pain.',
      section: 1,
      clinician:
        'Serious specific pathology (fracture, usually osteoporotic; infection; inflammatory rheumatic disease; ' +
        'tumour/malignancy): under 5%.',
    },
    {
      id: 'key-message',
      text: 'A dangerous disease is very rarely the reason for back pain.',
      section: 1,
    },
  ],
  duration: [
    {
      id: 'acute',
      text: 'Back pain that has lasted less than 3 months is called acute.',
      section: 1,
      clinician: 'Acute: duration under 3 months.',
    },
    {
      id: 'long-lasting',
      text: 'If it lasts longer, it is called long-lasting or chronic.',
      section: 1,
      clinician: 'Long-lasting (chronic): duration 3 months or more.',
    },
    {
      id: 'by-cause',
      text:
        'Back pain can also be sorted by cause. Because the exact cause can seldom be pinned down with certainty, ' +
        'professionals in Norway and internationally use three groups.',
      section: 1,
    },
  ],
  types: [
    {
      id: 'non-specific',
      name: 'Common, non-specific back pain (lumbago)',
      text: 'By far the most common kind. The cause cannot be pinned down with certainty.',
      share: '85–90%',
      shareMin: 85,
      shareMax: 90,
      section: 1,
      clinician: 'Non-specific low back pain: 85–90%.',
    },
    {
      id: 'nerve-root',
      name: 'Nerve-root pain (sciatica)',
      text: 'Pain that spreads below the knee. It is most often caused by a disc prolapse or a narrow nerve-root canal.',
      share: '5–10%',
      shareMin: 5,
      shareMax: 10,
      section: 1,
      clinician:
        'Radicular pain radiating below the knee, usually from disc prolapse or lateral (foraminal) stenosis: 5–10%.',
    },
    {
      id: 'other-disease',
      name: 'Other disease',
      text: 'For example a fracture, infection, rheumatic disease or a tumour.',
      share: '1–5%',
      shareMin: 1,
      shareMax: 5,
      section: 1,
      clinician: 'Specific disease (fracture, infection, rheumatic disease, tumour): 1–5%.',
    },
  ],
  diagnosis: [
    {
      id: 'personal-exam',
      text: 'A diagnosis needs a doctor, physiotherapist, chiropractor or manual therapist to examine you in person.',
      section: 1,
    },
    {
      id: 'basis-for-advice',
      text: 'That examination is the basis for the advice and measures that suit you.',
      section: 1,
    },
  ],
  riskIntro: {
    id: 'risk-uncertain',
    text: 'We know little for certain about the causes, and the links are usually weak. Even so, these probably matter:',
    section: 1,
  },
  riskFactors: [
    { id: 'heavy-lifting', text: 'Heavy lifting and twisting', section: 1 },
    { id: 'monotonous-work', text: 'Repetitive, one-sided physical work', section: 1 },
    {
      id: 'whole-body-vibration',
      text: 'A lot of whole-body shaking, for example from driving certain machines or vehicles',
      section: 1,
    },
    {
      id: 'poor-fitness',
      text: 'Being unfit and inactive over a long time, which makes it more likely that the pain comes back',
      section: 1,
    },
  ],
  riskNotes: [
    {
      id: 'mixed-load',
      text: 'Often it is a mix of too much, too little and the wrong kind of strain.',
      section: 1,
    },
    {
      id: 'trigger',
      text:
        'Many people feel that a particular strain set off the pain, but the real cause is often unknown. ' +
        'Sometimes the muscles react to overload. At other times the strain is the small extra that makes a disc ' +
        'that was already damaged start to hurt.',
      section: 1,
    },
    {
      id: 'heredity',
      text: 'Heredity can also raise the risk, for example if your parents have had back problems.',
      section: 1,
    },
    {
      id: 'smoking-overweight',
      text: 'It is uncertain whether smoking and being very overweight matter. The research gives no clear answer.',
      section: 1,
    },
    {
      id: 'combination',
      text: 'Often several causes act together.',
      section: 1,
    },
    {
      id: 'many-without-pain',
      text: 'Many people have one or more of these causes or risk factors without getting back pain.',
      section: 1,
    },
  ],
  psychological: [
    {
      id: 'not-mental-illness',
      text: 'Back pain is not a mental illness. But pain that is strong and lasts a long time affects us over time.',
      section: 1,
    },
    {
      id: 'tired',
      text: 'Most people get worn out and tired, and their mood can suffer.',
      section: 1,
    },
    {
      id: 'relationships',
      text: 'Long-lasting pain can strain relationships with family, friends and colleagues.',
      section: 1,
    },
    {
      id: 'sleep',
      text: 'The pain often disturbs sleep. Then you feel less rested and have less energy during the day.',
      section: 1,
    },
    {
      id: 'work-and-private',
      text: 'Being unhappy at work or having other personal problems often makes the pain feel worse.',
      section: 1,
    },
    {
      id: 'mind-and-duration',
      text:
        'How you are doing mentally matters a lot for how long the pain lasts. It can become a vicious circle that ' +
        'is hard to break.',
      section: 1,
    },
  ],
  viciousCircle: [
    {
      id: 'little-hope',
      text: 'Little belief that things will get better, or that you will get back to work',
      section: 1,
      clinician: 'Low expectations of recovery or of return to work',
    },
    {
      id: 'fear-of-pain',
      text: 'Fear of the pain, or believing that pain is dangerous. It very rarely is, but the fear makes things worse',
      section: 1,
      clinician: 'Fear of pain / belief that pain is harmful',
    },
    {
      id: 'earlier-sick-leave',
      text: 'Earlier long-lasting back pain with long sick leave',
      section: 1,
      clinician: 'Previous long-lasting back pain with prolonged sickness absence',
    },
  ],
  viciousCircleHelp: {
    id: 'interdisciplinary-help',
    text:
      'A good interdisciplinary treatment programme can pick up such problems and help you cope with them, so that ' +
      'you get back to work and everyday life.',
    section: 1,
  },
  recovery: [
    {
      id: 'most-recover',
      text:
        'The great majority of people with acute back pain get well or much better within a few weeks, with or ' +
        'without treatment.',
      section: 8,
    },
    {
      id: 'relapse',
      text:
        'Some people have the pain come back within 1–2 years, and many find that it comes and goes over a long ' +
        'time. That is neither dangerous nor abnormal.',
      section: 8,
      clinician: 'Some relapse within 1–2 years; a fluctuating course is in itself neither dangerous nor abnormal.',
    },
    {
      id: 'coping',
      text: 'The aim is to learn to manage the pain, and sometimes to live with it.',
      section: 8,
    },
    {
      id: 'nerve-root-longer',
      text: 'Nerve-root pain often takes longer, perhaps several months.',
      section: 8,
    },
    {
      id: 'prolapse-shrinks',
      text:
        'A disc prolapse that bulges into the nerve-root canal usually starts to dry out and shrink quite soon. ' +
        'You will then notice the pain down the leg easing.',
      section: 8,
    },
    {
      id: 'numbness-lasts',
      text: 'Tingling and numbness can take a long time to go completely, and so can full muscle strength.',
      section: 8,
    },
  ],
};

export default content;

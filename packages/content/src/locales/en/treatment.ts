import type { TreatmentContent } from '../../types/treatment.js';
import common from './common.js';

const content: TreatmentContent = {
  common,
  ui: {
    title: common.sectionHeadings[7],
    groupsHeading: 'What can the professionals do?',
    keyMessagesHeading: 'Worth remembering',
  },
  intro: [
    {
      id: 'guidance-2007',
      text: 'This describes care as the Norwegian guidance of 2007 saw it. Later guidance differs in places, for example on scans and on which painkillers to try first.',
      section: 7,
    },
    {
      id: 'who',
      text:
        'In Norway, doctors, physiotherapists, chiropractors and manual therapists are publicly authorised to ' +
        'examine and treat back problems. Some other professions can also offer pain relief.',
      section: 7,
    },
    {
      id: 'when',
      text: 'If the pain becomes very troublesome, or lasts unreasonably long, professionals can often help you a lot.',
      section: 7,
    },
    {
      id: 'goal',
      text: 'The aim of all back treatment is for you to function better in everyday life and to have less pain.',
      section: 7,
    },
    {
      id: 'exact-cause',
      text:
        'Although there has been a lot of research, it is still seldom possible to find exactly why you in ' +
        'particular have back pain.',
      section: 7,
    },
    {
      id: 'acute-resolves',
      text:
        'Acute back pain usually gets better by itself. Pain relief makes it easier to stay active and use your ' +
        'body well, and then healing goes faster.',
      section: 7,
    },
    {
      id: 'long-lasting-needs',
      text:
        'With long-lasting pain there is usually more need to be examined and treated by professionals, and for ' +
        'advice and help to get going with normal activities again.',
      section: 7,
    },
  ],
  groups: [
    {
      id: 'examination',
      heading: 'Examination',
      items: [
        {
          id: 'history-and-exam',
          text: 'Your clinician asks how the pain started and has developed (your history), and examines you.',
          section: 7,
          clinician: 'History and clinical examination.',
        },
        {
          id: 'which-kind',
          text:
            'This is how the clinician tries to find out which kind of back trouble you have: common back pain, ' +
            'narrowing in the back, or nerve-root pain because of a disc prolapse. Sometimes further tests are needed.',
          section: 7,
          clinician:
            'Triage: non-specific pain, spinal stenosis, radicular pain from disc prolapse, or need for further investigation.',
        },
      ],
    },
    {
      id: 'imaging',
      heading: 'X-rays and other tests',
      items: [
        {
          id: 'imaging-2007',
          text: 'This advice on scans follows the 2007 guidance.',
          section: 7,
        },
        {
          id: 'imaging-rarely',
          text:
            'Usually no scan is needed. The exception is when the pain has hardly changed after 4–6 weeks, both for ' +
            'common back pain and for sciatica or a suspected disc prolapse.',
          section: 7,
          clinician: 'Imaging is usually not indicated; consider it when pain is nearly unchanged after 4–6 weeks.',
        },
        {
          id: 'imaging-when',
          text:
            'Sometimes blood tests and a referral for X-ray, MRI or CT are needed – to make sure nothing serious is ' +
            'wrong (which is very rare), or when surgery is being considered.',
          section: 7,
          clinician: 'Blood tests and X-ray/MRI/CT when serious pathology is suspected or surgery is considered.',
        },
        {
          id: 'x-ray-seldom',
          text: 'A plain X-ray is very seldom useful. Even MRI and CT find the cause of the pain in only a few people.',
          section: 7,
          clinician:
            'Plain radiographs are very seldom useful; MRI/CT identify a pain source in only a small minority.',
        },
        {
          id: 'who-refers',
          text: 'Doctors, chiropractors and manual therapists can all refer you for imaging.',
          section: 7,
        },
      ],
    },
    {
      id: 'advice',
      heading: 'Explanation and advice',
      items: [
        {
          id: 'explanation',
          text: 'Your clinician should explain, in a way you understand, what may be causing the pain.',
          section: 7,
        },
        {
          id: 'self-help-advice',
          text:
            'You should also get advice on what you can do about the pain yourself, and on how to get back to your ' +
            'everyday tasks.',
          section: 7,
        },
      ],
    },
    {
      id: 'medicines',
      heading: 'Medicines',
      items: [
        {
          id: 'medicines-2007',
          text: 'This advice on medicines follows the 2007 guidance.',
          section: 7,
        },
        {
          id: 'doctors-only',
          text:
            'Only doctors can prescribe medicines. This may be needed if the painkillers you can buy without a ' +
            'prescription do not work well enough.',
          section: 7,
        },
        {
          id: 'stronger-early',
          text: 'Somewhat stronger pain relief can work well at the start.',
          section: 7,
        },
        {
          id: 'little-effect-long-lasting',
          text: 'Medicines generally have little effect once back pain has lasted a long time.',
          section: 7,
          clinician: 'Drugs generally have little effect in long-lasting back pain.',
        },
        {
          id: 'dependence',
          text: 'You can become dependent on strong painkillers faster than many people think.',
          section: 7,
          clinician: 'Dependence on strong analgesics can develop faster than many realise.',
        },
      ],
    },
    {
      id: 'sick-leave',
      heading: 'Sick leave',
      items: [
        {
          id: 'sick-leave-full-or-graded',
          text: 'If the pain is so bad that you cannot go to work, you can get full or partial (graded) sick leave.',
          section: 7,
        },
        {
          id: 'sick-leave-graded-first',
          text: 'Graded sick leave should always be considered first.',
          section: 7,
          clinician: 'Graded sick leave should always be considered as the first option.',
        },
        {
          id: 'sick-leave-agree-early',
          text: 'You and your clinician agree early on the kind of sick leave and how long it lasts.',
          section: 7,
        },
        {
          id: 'sick-leave-dose',
          text: 'Like medicines, sick leave can be given in too large a dose and have side effects.',
          section: 7,
        },
        {
          id: 'sick-leave-work-helps',
          text:
            'With sensible adjustments agreed with your employer, many people get back quickly. You do not need to ' +
            'wait until the pain is completely gone, and normal work usually helps healing.',
          section: 7,
        },
        {
          id: 'sick-leave-who',
          text: 'Doctors, chiropractors and manual therapists can all issue sick notes.',
          section: 7,
        },
      ],
    },
    {
      id: 'other-treatment',
      heading: 'Other treatment',
      items: [
        {
          id: 'guided-training',
          text: 'Especially with long-lasting pain, guided exercise and physical activity have been shown to help.',
          section: 7,
        },
        {
          id: 'focus-shift',
          text:
            'Shifting the focus from the pain to a normal everyday life matters a lot for how long the pain lasts. ' +
            'In 2007, sadly, there was not yet enough of this kind of help in Norway.',
          section: 7,
        },
        {
          id: 'manipulation',
          text:
            'Manipulation is most often given by chiropractors and manual therapists. For non-specific back pain it ' +
            'can ease pain and help you function better, whether the pain is acute or long-lasting.',
          section: 7,
        },
        {
          id: 'manipulation-early',
          text: 'Manipulation right at the start of an acute episode has not been shown to make you better faster.',
          section: 7,
        },
        {
          id: 'manipulation-nerve-root',
          text: 'Manipulation is not recommended for acute nerve-root pain, but may be tried for long-lasting sciatica.',
          section: 7,
          clinician: 'Manipulation is not recommended in acute radicular pain; may be tried in long-lasting sciatica.',
        },
        {
          id: 'heat',
          text: 'For acute back pain, heat treatment is worth trying.',
          section: 7,
        },
        {
          id: 'acupuncture-massage',
          text:
            'With long-lasting pain, acupuncture can be an option. So can massage, especially together with training ' +
            'and exercises.',
          section: 7,
        },
      ],
    },
    {
      id: 'surgery',
      heading: 'Surgery',
      items: [
        {
          id: 'few-need',
          text: 'Only a small percentage of people with back problems need an operation.',
          section: 7,
        },
        {
          id: 'when-surgery',
          text:
            'Surgery can become an option for nerve-root pain, caused either by a disc prolapse or by a narrow canal ' +
            'for the nerve root or the spinal cord.',
          section: 7,
        },
        {
          id: 'wait',
          text:
            'With a disc prolapse it usually pays to wait 2–3 months before any operation. By then about 90% have ' +
            'improved so much that they do not need surgery. But if you get bladder problems or numbness in the saddle ' +
            'area, or the weakness in your leg gets worse, contact a doctor at once.',
          section: 7,
          clinician:
            'Disc prolapse: usually wait 2–3 months (about 90% then no longer need surgery) – unless bladder or ' +
            'saddle symptoms (acute referral) or progressive motor deficit.',
        },
        {
          id: 'leg-pain',
          text: 'After surgery, 70–90% are free of the pain that spreads down into the foot.',
          section: 7,
          clinician: '70–90% are free of radiating leg pain after surgery.',
        },
        {
          id: 'less-certain',
          text: 'If there is muscle weakness, or the pain is mainly in the lower back, the effect of surgery is less certain.',
          section: 7,
        },
        {
          id: 'stenosis-decision',
          text: 'With a narrow canal, difficulty walking and how long the problem has lasted decide whether to operate.',
          section: 7,
        },
        {
          id: 'keyhole-recovery',
          text:
            'Today most operations are done as keyhole surgery. Most people need 4–6 weeks before they feel ' +
            'recovered, sometimes several months.',
          section: 7,
        },
        {
          id: 'fusion',
          text:
            'The results are even less certain when age changes in the lower back have led to long-lasting pain. ' +
            'There is no good way today to tell who will benefit from such an operation. It is usually a fusion: the ' +
            'vertebrae are made to grow together by placing bone between them, or they are fixed with plates and screws.',
          section: 7,
          clinician: 'Fusion for degenerative changes: uncertain effect, and no good selection criteria.',
        },
        {
          id: 'artificial-disc',
          text: 'Artificial discs are experimental in Norway, and that operation is far more extensive.',
          section: 7,
        },
        {
          id: 'try-training-first',
          text:
            'For long-lasting pain from age changes, such an operation has not been shown – except in a few patients – ' +
            'to work better than exercise, good guidance and help with coping. So try these before you have one.',
          section: 7,
          clinician:
            'Fusion for degenerative changes: with few exceptions not shown superior to exercise, guidance and coping ' +
            'support – try these before surgery.',
        },
      ],
    },
    {
      id: 'training',
      heading: 'Exercise, follow-up and referral',
      items: [
        {
          id: 'programme-4-6-weeks',
          text: 'If the pain lasts about 4–6 weeks, a guided programme of exercises or activity is recommended.',
          section: 7,
          clinician: 'Persistent symptoms (about 4–6 weeks): guided exercise or activity programme.',
        },
        {
          id: 'acute-training',
          text: 'Right at the start, exercise has not been shown to help more than resuming your normal activities.',
          section: 7,
        },
        {
          id: 'training-follow-up',
          text:
            'The exercise should be followed up over time, with advice on exercises you can do at home and, if ' +
            'possible, at work. Check-ups may be needed to see that things are going the right way.',
          section: 7,
        },
        {
          id: 'referral-6-8-weeks',
          text:
            'If you have considerable pain that has lasted a long time (more than 6–8 weeks), you may be referred to ' +
            'a specialist or a back clinic.',
          section: 7,
          clinician: 'Considerable symptoms > 6–8 weeks: consider referral to a specialist or back clinic.',
        },
        {
          id: 'interdisciplinary-clinic',
          text:
            'Most back clinics are interdisciplinary. Several professions work together on one complete programme: ' +
            'a look at your life and work situation, training for your back and fitness, teaching, and help to cope ' +
            'with everyday life and pain.',
          section: 7,
        },
        {
          id: 'ryggforeningen',
          text:
            'Ryggforeningen i Norge (the Norwegian back association) and its local branches run self-help groups, ' +
            'courses on coping with back pain and peer-support activities, especially for people with long-lasting pain.',
          section: 7,
        },
      ],
    },
  ],
  keyMessages: [
    { id: 'x-ray-key', text: 'X-rays seldom show why your back hurts.', section: 7 },
    { id: 'work-key', text: 'Work with your back.', section: 7 },
    { id: 'surgery-key', text: 'Back surgery is seldom necessary.', section: 7 },
  ],
};

export default content;

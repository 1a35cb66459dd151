import type { ActivityContent } from '../../types/activity.js';
import common from './common.js';

const content: ActivityContent = {
  common,
  ui: {
    title: 'When your back hurts: keep moving',
    titleLongLasting: 'When the pain lasts: exercise and follow-up',
    stayActive: 'Stay active',
    painkillers: 'Non-prescription painkillers',
    longLasting: 'If the pain lasts',
    prevention: 'Prevent new episodes',
    variantLabel: 'How long have you had the pain?',
    variants: { acute: 'A short time (acute)', 'long-lasting': 'A long time (long-lasting)' },
    clinicianHeading: 'In brief for health professionals',
  },
  keyMessage: { id: 'made-for-movement', text: 'Your back is made to move.', section: 5 },
  acute: [
    {
      id: 'stay-active',
      text:
        'Your back heals best and fastest when you keep your activity as normal and varied as you can. ' +
        'We know this with great certainty.',
      section: 5,
      clinician: 'Advise activity that is as normal and varied as possible.',
    },
    {
      id: 'lie-little',
      text: 'Lie down as little as you can. That is part of the treatment itself.',
      section: 5,
      clinician: 'Minimise bed rest.',
    },
    {
      id: 'alternate',
      text:
        'At first it can help to alternate: lie down for a while to ease the pain, and otherwise move as much as ' +
        'you can. The key word is variation.',
      section: 5,
      clinician: 'Acute phase: alternate pain-relieving rest with as much movement as possible.',
    },
    {
      id: 'what-counts',
      text:
        'Being active can mean going for a walk, stretching or bending. Resting can mean lying or sitting for a ' +
        'while between tasks.',
      section: 5,
    },
    {
      id: 'sitting',
      text: 'For many people, sitting for a long time at a stretch makes the pain worse.',
      section: 5,
    },
    {
      id: 'resume',
      text: 'Get back to your daily activities as soon as you can.',
      section: 5,
      clinician: 'Early return to daily activities.',
    },
    {
      id: 'pain-not-harm',
      text:
        'It is neither harmful nor dangerous if it hurts when you are active. Many people find it helps to have ' +
        'something else to focus on.',
      section: 5,
    },
    {
      id: 'when-to-lie',
      text:
        'Sometimes the pain is so strong that you need to lie down to ease it, especially with nerve-root pain. ' +
        'But staying in bed during the day is not a treatment in itself, and lying down does not heal your back.',
      section: 5,
      clinician: 'Daytime bed rest is not a treatment in itself; lying down may be needed for severe pain, especially radicular pain.',
    },
    {
      id: 'inactivity',
      text:
        'A long time without activity can itself make the pain worse. Muscles and joints get weaker and stiffer, ' +
        'bones can become more fragile, and both fitness and stamina get worse.',
      section: 5,
    },
    {
      id: 'optimism',
      text:
        'It helps a lot to be optimistic and trust that this will go well – it is not dangerous. Together with ' +
        'physical activity, that attitude supports the body’s ability to heal itself.',
      section: 5,
    },
  ],
  painkillers: [
    {
      id: 'can-help',
      text:
        'Painkillers you can buy without a prescription can often ease the pain somewhat and make it easier to get ' +
        'going with activity.',
      section: 5,
    },
    {
      id: 'regular',
      text: 'Take them at regular intervals, for example 3–4 times a day.',
      section: 5,
      clinician: 'Regular dosing, e.g. 3–4 times daily.',
    },
    {
      id: 'paracetamol',
      text: 'The most used is paracetamol. Do not take more than 4 g per 24 hours.',
      section: 5,
      clinician: 'Paracetamol, max 4 g per 24 hours.',
    },
    {
      id: 'ibuprofen',
      text: 'Ibuprofen is also widely used. It eases both pain and inflammation.',
      section: 5,
      clinician: 'Ibuprofen: analgesic and anti-inflammatory.',
    },
    {
      id: 'combine',
      text: 'If needed, the two can be combined, and they can also be used together with other ways of easing pain.',
      section: 5,
      clinician: 'Paracetamol and ibuprofen may be combined if needed, also with other pain-relieving measures.',
    },
  ],
  longLasting: [
    {
      id: 'guided-programme',
      text: 'If the pain lasts about 4–6 weeks, a guided programme of exercises or activity is recommended.',
      section: 7,
      clinician: 'Persistent symptoms (about 4–6 weeks): guided exercise or activity programme.',
    },
    {
      id: 'not-in-acute',
      text: 'Right at the start, exercise has not been shown to help more than simply resuming your normal activities.',
      section: 7,
      clinician: 'In the acute phase, exercise has not been shown to add anything beyond resuming normal activity.',
    },
    {
      id: 'guided-training-helps',
      text: 'Especially when the pain has lasted a long time, guided exercise and physical activity have been shown to help well.',
      section: 7,
    },
    {
      id: 'follow-up',
      text:
        'Guided exercise should be followed up over time, and you should get advice on exercises you can do at ' +
        'home and, if possible, at work. Check-ups may be needed to see that things are going the right way.',
      section: 7,
    },
    {
      id: 'referral',
      text:
        'If you have considerable pain that has lasted a long time (more than 6–8 weeks), you may be referred to a ' +
        'specialist or a back clinic. Most back clinics are interdisciplinary: several professions work together ' +
        'on one complete programme.',
      section: 7,
      clinician: 'Considerable, long-lasting symptoms (> 6–8 weeks): consider referral to a specialist or interdisciplinary back clinic.',
    },
    {
      id: 'clinic-programme',
      text:
        'Such a programme can include a look at your life and work situation, training for your back and fitness, ' +
        'teaching, and help to cope with pain and everyday life.',
      section: 7,
    },
    {
      id: 'focus-shift',
      text: 'Moving your attention away from the pain and towards a normal everyday life matters a lot for how long the pain lasts.',
      section: 7,
    },
    {
      id: 'self-help',
      text:
        'Ryggforeningen i Norge (the Norwegian back association) and its local branches run self-help groups, ' +
        'back-coping courses and peer-support activities. This suits long-lasting pain in particular.',
      section: 7,
    },
  ],
  prevention: [
    {
      id: 'regular-training',
      text: 'The most important thing you can do to avoid new episodes is to exercise regularly over a long time.',
      section: 9,
    },
    {
      id: 'stay-fit',
      text:
        'Many people benefit from an exercise plan guided by a professional. But most important of all is to stay ' +
        'in steadily good shape.',
      section: 9,
    },
    {
      id: 'enjoyable',
      text:
        'Choose varied exercise that you enjoy and that suits you – it works best and is easiest to keep up. ' +
        'Your back thrives on movement, and it is strong to begin with.',
      section: 9,
    },
    {
      id: 'daily-activity',
      text:
        'Aim for 20–30 minutes of activity, preferably every day – for example walking or cycling, ideally out in ' +
        'the woods and fields. Some people like swimming in a heated pool best.',
      section: 9,
      clinician: '20–30 minutes of activity, preferably daily (walking, cycling, swimming in a heated pool).',
    },
    {
      id: 'avoid-sitting',
      text:
        'Avoid sitting for long, especially when you are in pain. Change position and move about, and get up from ' +
        'your office chair when you can.',
      section: 9,
    },
    {
      id: 'exercise-programme',
      text:
        'Many people benefit from an exercise programme with stretching and muscle work that builds strength and ' +
        'stamina and helps the muscles work better together.',
      section: 9,
    },
    {
      id: 'life-situation',
      text: 'Try to do something about a difficult situation at work or elsewhere in your life, if you have one.',
      section: 9,
    },
    {
      id: 'interdisciplinary',
      text:
        'Interdisciplinary treatment at a back clinic or rehabilitation centre has been shown to prevent both new ' +
        'episodes of acute back pain and sick leave.',
      section: 9,
      clinician: 'Interdisciplinary programmes (back clinic, rehabilitation) prevent new acute episodes and sickness absence.',
    },
  ],
};

export default content;

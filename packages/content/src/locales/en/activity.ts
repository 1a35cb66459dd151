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
      clinician:
        'Daytime bed rest is not a treatment in itself; lying down may be needed for severe pain, especially radicular pain.',
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
    {
      id: 'get-help',
      text: 'If the pain becomes very troublesome or lasts an unreasonably long time, get help from a doctor, physiotherapist, chiropractor or manual therapist.',
      section: 7,
      clinician: 'Seek help if the pain becomes very troublesome or lasts unreasonably long.',
    },
  ],
  painkillers: [
    {
      id: 'painkillers-2007',
      text: 'This advice on painkillers follows the 2007 guidance. A pharmacist or doctor can tell you which painkiller suits you.',
      section: 5,
    },
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
};

export default content;

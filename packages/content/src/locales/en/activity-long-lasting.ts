import type { ActivityLongLasting } from '../../types/activity.js';

/** The advice for long-lasting pain (sections 7 and 9): loaded only where that variant is shown. */
const content: ActivityLongLasting = {
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
      text: 'Especially when the pain has lasted a long time, guided exercise and physical activity have been shown to help a lot.',
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
      clinician:
        'Considerable, long-lasting symptoms (> 6–8 weeks): consider referral to a specialist or interdisciplinary back clinic.',
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
        'courses on coping with back pain and peer-support activities. This suits long-lasting pain in particular.',
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
        'Interdisciplinary treatment at a back clinic or rehabilitation centre has been shown to help prevent both ' +
        'new episodes of acute back pain and sick leave.',
      section: 9,
      clinician:
        'Interdisciplinary programmes (back clinic, rehabilitation) have been shown to be effective in preventing new ' +
        'acute episodes and sickness absence.',
    },
  ],
};

export default content;

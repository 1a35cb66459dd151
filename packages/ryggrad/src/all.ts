// `import 'ryggrad/all.js'` registers all four widgets.
import '../../../widgets/red-flag-checklist/src/define.js';
import '../../../widgets/spine-diagram/src/define.js';
import '../../../widgets/activity-advice/src/define.js';
import '../../../widgets/return-to-work/src/define.js';

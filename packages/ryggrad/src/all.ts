// `import 'ryggrad/all.js'` registers every widget.
import '../../../widgets/red-flag-checklist/src/define.js';
import '../../../widgets/spine-diagram/src/define.js';
import '../../../widgets/activity-advice/src/define.js';
import '../../../widgets/return-to-work/src/define.js';
import '../../../widgets/care-options/src/define.js';
import '../../../widgets/back-facts/src/define.js';

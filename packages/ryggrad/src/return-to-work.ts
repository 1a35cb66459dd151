// `import 'ryggrad/return-to-work.js'` registers <rygg-return-to-work> and exports its class.
import '../../../widgets/return-to-work/src/define.js';
export { RyggReturnToWork } from '../../../widgets/return-to-work/src/return-to-work.js';

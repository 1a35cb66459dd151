// `import 'ryggrad/care-options.js'` registers <rygg-care-options> and exports its class.
import '../../../widgets/care-options/src/define.js';
export { RyggCareOptions } from '../../../widgets/care-options/src/care-options.js';

// `import 'ryggrad/back-facts.js'` registers <rygg-back-facts> and exports its class.
import '../../../widgets/back-facts/src/define.js';
export { RyggBackFacts } from '../../../widgets/back-facts/src/back-facts.js';

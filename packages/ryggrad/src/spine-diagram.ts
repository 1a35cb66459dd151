// `import 'ryggrad/spine-diagram.js'` registers <rygg-spine-diagram> and exports its class.
import '../../../widgets/spine-diagram/src/define.js';
export { RyggSpineDiagram } from '../../../widgets/spine-diagram/src/spine-diagram.js';

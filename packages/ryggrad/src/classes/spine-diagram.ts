// `import { RyggSpineDiagram } from 'ryggrad/classes/spine-diagram.js'`: the class only, nothing registered.
export { RyggSpineDiagram } from '../../../../widgets/spine-diagram/src/spine-diagram.js';

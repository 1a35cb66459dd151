// `import { RyggBackFacts } from 'ryggrad/classes/back-facts.js'`: the class only, nothing registered.
export { RyggBackFacts } from '../../../../widgets/back-facts/src/back-facts.js';

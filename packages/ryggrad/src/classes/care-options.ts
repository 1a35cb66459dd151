// `import { RyggCareOptions } from 'ryggrad/classes/care-options.js'`: the class only, nothing registered.
export { RyggCareOptions } from '../../../../widgets/care-options/src/care-options.js';

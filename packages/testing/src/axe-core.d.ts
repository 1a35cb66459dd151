// axe-core's minified build is a plain script that defines window.axe; importing it runs it.
declare module 'axe-core/axe.min.js';

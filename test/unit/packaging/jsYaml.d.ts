/** js-yaml comes with electron-builder (which reads electron-builder.yml with it) and ships no types of its own. */
declare module 'js-yaml' {
  export function load(text: string): unknown;
}

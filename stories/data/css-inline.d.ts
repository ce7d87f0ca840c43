/** Vite's `?inline` import of a stylesheet: its text (the stories' theme samples). */
declare module '*.css?inline' {
  const css: string;
  export default css;
}

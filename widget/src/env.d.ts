// The build (scripts/build-widget.ts) imports CSS files as minified text.
declare module '*.css' {
  const css: string;
  export default css;
}

/**
 * `npm start`: serves the repository as static files over plain HTTP and
 * opens nothing; the demo page (stories/demo.html) loads the built bundle
 * dist/disclosure-elements.js, exactly what a CMS editor pastes.
 */
export default {
  rootDir: '.',
  port: Number(process.env.PORT ?? 8000),
  hostname: '127.0.0.1',
  nodeResolve: false,
  watch: false,
  middleware: [
    function demoIndex(context, next) {
      if (context.path === '/' || context.path === '/index.html') context.url = `/stories/demo.html${context.querystring ? `?${context.querystring}` : ''}`;
      return next();
    },
  ],
};

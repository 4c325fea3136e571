// Module resolve hook for the benchmarks: an import of a package source file
// (packages/<core|react>/src/x.ts) loads the built file (packages/<pkg>/dist/x.js)
// instead, so that segkit is measured as users run it: tsc output, not tsx's
// on-the-fly transform (whose keepNames wraps every closure in a __name call).
export async function resolve(specifier, context, next) {
  const result = await next(specifier, context)
  const match = /^(file:\/\/.*\/packages\/(?:core|react))\/src\/(.*)\.tsx?$/.exec(result.url)
  return match ? { ...result, url: `${match[1]}/dist/${match[2]}.js`, format: 'module' } : result
}

// esbuild as size-limit runs it, shared by the size scripts. It is not a dependency of ours: it is reached
// through @size-limit/preset-small-lib, so that every figure comes from the same esbuild as `size-limit`.
import { createRequire } from 'node:module'

const fromPreset = createRequire(createRequire(import.meta.url).resolve('@size-limit/preset-small-lib'))
const fromPlugin = createRequire(fromPreset.resolve('@size-limit/esbuild'))

/** esbuild's `build`. */
export const { build } = fromPlugin('esbuild')

/** The peers left out of every builder figure. */
export const REACT = ['react', 'react-dom', 'react/jsx-runtime', 'react-dom/client']

/** Options as size-limit bundles: minified, tree-shaken, production React code paths. */
export const SIZE_OPTIONS = {
  bundle: true,
  write: false,
  minify: true,
  format: 'esm',
  metafile: true,
  treeShaking: true,
  define: { 'process.env.NODE_ENV': '"production"' },
  logLevel: 'silent',
}

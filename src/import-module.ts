/**
 * Loading on first use what only some runs need. importModule: import() of a package only some
 * inputs need (mammoth, postal-mime, rehype-parse, yaml, ajv, tinyglobby, ignore, secretlint,
 * tinypool, Node's readline). The bundled CLI runs as a script
 * through V8's code cache (src/cli/code-cache.ts), and Node 20 cannot run an import() in code that
 * came from a cache; so the loader hands the bundle an importer, `__corrlintImport`, which imports
 * from its own module (the bundled packages from dist/bundle/vendor/). Everywhere else (the
 * library, the tests) this is import().
 */
import {createRequire} from 'node:module'

declare const __corrlintImport: ((specifier: string) => Promise<unknown>) | undefined

export function importModule<T>(specifier: string): Promise<T> {
  return (typeof __corrlintImport === 'function' ? __corrlintImport(specifier) : import(specifier)) as Promise<T>
}

const nodeRequire = createRequire(import.meta.url)

/**
 * One of Node's built-in modules, loaded synchronously on first use rather than at start (zlib for
 * a .docx, crypto for a fingerprint: each costs milliseconds of every start if imported at the top).
 */
export function requireBuiltin<T>(specifier: `node:${string}`): T {
  return nodeRequire(specifier) as T
}

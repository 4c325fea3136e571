#!/usr/bin/env node
/**
 * TSDoc coverage of the public API: every export of every entry of @segkit/core and
 * @segkit/react (the `@segkit/source` condition of each `exports` entry) must carry a doc
 * comment, and so must every member of an exported interface, type literal or class.
 *
 *   node scripts/tsdoc-coverage.mjs            # summary; lists what lacks a comment; exit 1 if < 100 %
 *   node scripts/tsdoc-coverage.mjs --json     # the same as JSON (used by tests/docs/tsdoc-coverage.test.ts)
 *   node scripts/tsdoc-coverage.mjs --members  # also fail when an exported type's member lacks a comment
 */
import { readFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import ts from 'typescript'

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..')
const packages = ['core', 'react']

/** The source file of each public entry point of a package, by subpath (`.`, `./sql`…). */
export function entriesOf(pkg) {
  const dir = path.join(root, 'packages', pkg)
  const manifest = JSON.parse(readFileSync(path.join(dir, 'package.json'), 'utf8'))
  const entries = []
  for (const [subpath, target] of Object.entries(manifest.exports ?? {})) {
    const source = typeof target === 'object' && target !== null ? target['@segkit/source'] : undefined
    if (typeof source === 'string' && /\.tsx?$/.test(source)) {
      entries.push({ name: `${manifest.name}${subpath === '.' ? '' : subpath.slice(1)}`, file: path.join(dir, source) })
    }
  }
  return entries
}

const hasDoc = (symbol, checker) =>
  symbol.getDocumentationComment(checker).some((part) => part.text.trim() !== '') ||
  (symbol.declarations ?? []).some((d) => ts.getJSDocCommentsAndTags(d).length > 0)

/** Members of an exported type that readers see on hover: interface/type-literal/class properties and methods. */
function membersOf(symbol, checker) {
  const out = []
  for (const declaration of symbol.declarations ?? []) {
    let members
    if (ts.isInterfaceDeclaration(declaration) || ts.isClassDeclaration(declaration)) members = declaration.members
    else if (ts.isTypeAliasDeclaration(declaration) && ts.isTypeLiteralNode(declaration.type))
      members = declaration.type.members
    for (const member of members ?? []) {
      if (!member.name || ts.isConstructorDeclaration(member)) continue
      const modifiers = ts.canHaveModifiers(member) ? (ts.getModifiers(member) ?? []) : []
      if (modifiers.some((m) => m.kind === ts.SyntaxKind.PrivateKeyword || m.kind === ts.SyntaxKind.ProtectedKeyword))
        continue
      if (ts.isPrivateIdentifier(member.name)) continue
      const memberSymbol = checker.getSymbolAtLocation(member.name)
      const documented = memberSymbol ? hasDoc(memberSymbol, checker) : ts.getJSDocCommentsAndTags(member).length > 0
      out.push({ name: member.name.getText(), documented })
    }
  }
  return out
}

/** Exports of every entry with whether each (and each of its members) has a doc comment. */
export function coverage() {
  const entries = packages.flatMap(entriesOf)
  const program = ts.createProgram(
    entries.map((e) => e.file),
    {
      target: ts.ScriptTarget.ES2023,
      module: ts.ModuleKind.ESNext,
      moduleResolution: ts.ModuleResolutionKind.Bundler,
      allowImportingTsExtensions: true,
      jsx: ts.JsxEmit.ReactJSX,
      strict: true,
      noEmit: true,
      skipLibCheck: true,
      customConditions: ['@segkit/source'],
    },
  )
  const checker = program.getTypeChecker()
  return entries.map((entry) => {
    const source = program.getSourceFile(entry.file)
    if (!source) throw new Error(`cannot read ${entry.file}`)
    const moduleSymbol = checker.getSymbolAtLocation(source)
    const exports = []
    for (const exported of moduleSymbol ? checker.getExportsOfModule(moduleSymbol) : []) {
      const target = exported.flags & ts.SymbolFlags.Alias ? checker.getAliasedSymbol(exported) : exported
      const declaration = target.declarations?.[0]
      const where = declaration
        ? `${path.relative(root, declaration.getSourceFile().fileName)}:${
            declaration.getSourceFile().getLineAndCharacterOfPosition(declaration.getStart()).line + 1
          }`
        : '?'
      const members = membersOf(target, checker).filter((m) => !m.documented)
      exports.push({
        name: exported.getName(),
        where,
        documented: hasDoc(target, checker),
        undocumentedMembers: members.map((m) => m.name),
      })
    }
    return { entry: entry.name, exports }
  })
}

const isMain = process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)
if (isMain) {
  const report = coverage()
  if (process.argv.includes('--json')) {
    console.log(JSON.stringify(report))
  } else {
    let total = 0
    let documented = 0
    let members = 0
    for (const { entry, exports } of report) {
      const missing = exports.filter((e) => !e.documented)
      total += exports.length
      documented += exports.length - missing.length
      console.log(`${entry}: ${exports.length - missing.length}/${exports.length} exports documented`)
      for (const e of missing) console.log(`  - ${e.name}  (${e.where})`)
      for (const e of exports) {
        if (e.undocumentedMembers.length === 0) continue
        members += e.undocumentedMembers.length
        if (process.argv.includes('--members'))
          console.log(`  · ${e.name}: members without a comment: ${e.undocumentedMembers.join(', ')}`)
      }
    }
    console.log(
      `\n${documented}/${total} public exports documented; ${members} members of exported types without a comment`,
    )
    const failed = documented < total || (process.argv.includes('--members') && members > 0)
    process.exitCode = failed ? 1 : 0
  }
}

/** react-querybuilder's own SQL (`formatQuery(query, 'sql')`) made runnable on DuckDB, for the import fixtures. */
import { defaultRuleProcessorSQL, formatQuery, type RuleGroupTypeAny } from 'react-querybuilder'

/**
 * react-querybuilder's own SQL for a query, runnable on DuckDB. Its `xor` is MySQL's XOR operator,
 * which DuckDB lacks: with every rule in brackets (react-querybuilder's own rule SQL inside), each
 * `a xor b xor c` becomes `((CAST(a AS INTEGER) + …) % 2) = 1` — the same truth table, NULL included
 * (a NULL operand makes both NULL, so the row is not selected).
 */
export function rqbSqlForDuckdb(query: RuleGroupTypeAny): string {
  const sql = formatQuery(query, {
    format: 'sql',
    ruleProcessor: (rule, options) => `(${defaultRuleProcessorSQL(rule, options)})`,
  })
  return rewriteXor(sql)
}

function closing(s: string, open: number): number {
  let depth = 0
  for (let i = open; i < s.length; i++) {
    const c = s[i]
    if (c === "'") {
      i += 1
      while (i < s.length && !(s[i] === "'" && s[i + 1] !== "'")) i += s[i] === "'" ? 2 : 1
    } else if (c === '(') depth += 1
    else if (c === ')') {
      depth -= 1
      if (depth === 0) return i
    }
  }
  throw new Error(`unbalanced brackets in ${s}`)
}

function rewriteXor(s: string): string {
  let out = ''
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === "'") {
      let j = i + 1
      while (j < s.length && !(s[j] === "'" && s[j + 1] !== "'")) j += s[j] === "'" ? 2 : 1
      out += s.slice(i, j + 1)
      i = j
    } else if (c === '(') {
      const j = closing(s, i)
      const inner = rewriteXor(s.slice(i + 1, j))
      const parts = splitTopLevel(inner, / xor /iy)
      out += parts.length > 1 ? `(((${parts.map((p) => `CAST(${p} AS INTEGER)`).join(' + ')}) % 2) = 1)` : `(${inner})`
      i = j
    } else out += c
  }
  return out
}

function splitTopLevel(s: string, separator: RegExp): string[] {
  const parts: string[] = []
  let depth = 0
  let start = 0
  for (let i = 0; i < s.length; i++) {
    const c = s[i]
    if (c === "'") {
      i += 1
      while (i < s.length && !(s[i] === "'" && s[i + 1] !== "'")) i += s[i] === "'" ? 2 : 1
    } else if (c === '(') depth += 1
    else if (c === ')') depth -= 1
    else if (depth === 0) {
      separator.lastIndex = i
      const found = separator.exec(s)
      if (found) {
        parts.push(s.slice(start, i))
        start = i + found[0].length
        i += found[0].length - 1
      }
    }
  }
  parts.push(s.slice(start))
  return parts
}

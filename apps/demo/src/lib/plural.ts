/** Counted nouns in English: "1 problem", "2 problems", "1,000 users". */
const rules = new Intl.PluralRules('en-US')
const numbers = new Intl.NumberFormat('en-US')

export function counted(n: number, one: string, other: string): string {
  return `${numbers.format(n)} ${rules.select(n) === 'one' ? one : other}`
}

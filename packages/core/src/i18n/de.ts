/**
 * German: every text of @segkit/core — descriptions, explanations and
 * validation issues. Pass the parts to their functions, or combine the whole
 * set with the builder's German messages:
 *
 * ```ts
 * describeSegment(segment, catalog, { messages: deMessages.describe, locale: 'de-DE' })
 * formatExplanation(tree, segment, catalog, { messages: deMessages, locale: 'de-DE' })
 * formatIssue(issue, { messages: deMessages.issues })
 * ```
 *
 * Labels (event, property and entity names) come from the catalog; give the
 * catalog German labels for a fully German sentence.
 */
import type { ComparisonWording, DescribeMessages } from '../describe/messages.ts'
import type { ExplainMessages } from '../evaluate/explain-text.ts'
import type { Comparison, Operator } from '../model/operators.ts'
import type { CalendarUnit, TimeUnit } from '../model/time.ts'
import type { IssueMessages, IssueParams } from './issue-messages.ts'

// Dative forms: every phrase that takes a duration is dative ("in den letzten 30 Tagen", "vor 7 Tagen").
const UNIT: Readonly<Record<TimeUnit, readonly [string, string]>> = {
  minute: ['Minute', 'Minuten'],
  hour: ['Stunde', 'Stunden'],
  day: ['Tag', 'Tagen'],
  week: ['Woche', 'Wochen'],
  month: ['Monat', 'Monaten'],
  year: ['Jahr', 'Jahren'],
}

/** Present and past of each operator; the verb goes last in a German relative clause. */
/** Calendar words per unit: this one, the one before, the dative plural, the plural. */
const DE_CALENDAR: Readonly<
  Record<CalendarUnit, { present: string; previous: string; dative: string; plural: string }>
> = {
  day: { present: 'heute', previous: 'gestern', dative: 'Tagen', plural: 'tage' },
  week: { present: 'diese Woche', previous: 'letzte Woche', dative: 'Wochen', plural: 'wochen' },
  month: { present: 'diesen Monat', previous: 'letzten Monat', dative: 'Monaten', plural: 'monate' },
  quarter: { present: 'dieses Quartal', previous: 'letztes Quartal', dative: 'Quartalen', plural: 'quartale' },
  year: { present: 'dieses Jahr', previous: 'letztes Jahr', dative: 'Jahren', plural: 'jahre' },
}

const OPERATOR: Readonly<Record<Operator, (v: string) => readonly [string, string]>> = {
  eq: (v) => [`${v} ist`, `${v} war`],
  neq: (v) => [`nicht ${v} ist`, `nicht ${v} war`],
  lt: (v) => [`kleiner als ${v} ist`, `kleiner als ${v} war`],
  lte: (v) => [`höchstens ${v} ist`, `höchstens ${v} war`],
  gt: (v) => [`größer als ${v} ist`, `größer als ${v} war`],
  gte: (v) => [`mindestens ${v} ist`, `mindestens ${v} war`],
  between: (v) => [`${v} liegt`, `${v} lag`],
  not_between: (v) => [`nicht ${v} liegt`, `nicht ${v} lag`],
  in: (v) => [`einer von ${v} ist`, `einer von ${v} war`],
  not_in: (v) => [`keiner von ${v} ist`, `keiner von ${v} war`],
  contains: (v) => [`${v} enthält`, `${v} enthielt`],
  not_contains: (v) => [`${v} nicht enthält`, `${v} nicht enthielt`],
  starts_with: (v) => [`mit ${v} beginnt`, `mit ${v} begann`],
  ends_with: (v) => [`auf ${v} endet`, `auf ${v} endete`],
  is_true: () => ['wahr ist', 'wahr war'],
  is_false: () => ['falsch ist', 'falsch war'],
  before: (v) => [`vor ${v} liegt`, `vor ${v} lag`],
  after: (v) => [`nach ${v} liegt`, `nach ${v} lag`],
  within_last: (v) => [`in den letzten ${v} liegt`, `in den ${v} davor lag`],
  not_within_last: (v) => [`nicht in den letzten ${v} liegt`, `nicht in den ${v} davor lag`],
  within_next: (v) => [`in den nächsten ${v} liegt`, `in den ${v} danach lag`],
  has_any: (v) => [`einen von ${v} enthält`, `einen von ${v} enthielt`],
  has_all: (v) => [`alle von ${v} enthält`, `alle von ${v} enthielt`],
  has_none: (v) => [`keinen von ${v} enthält`, `keinen von ${v} enthielt`],
  is_set: () => ['gesetzt ist', 'gesetzt war'],
  is_not_set: () => ['nicht gesetzt ist', 'nicht gesetzt war'],
}

const COMPARISON: Readonly<Record<Exclude<Comparison, 'between'>, string>> = {
  eq: 'genau',
  neq: 'ungleich',
  gt: 'mehr als',
  gte: 'mindestens',
  lt: 'weniger als',
  lte: 'höchstens',
}

const comparison = (c: ComparisonWording) =>
  c.comparison === 'between'
    ? `zwischen ${c.value} und ${c.value2 ?? c.value}`
    : `${COMPARISON[c.comparison]} ${c.value}`
const one = (c: ComparisonWording) => c.amount === 1 && c.comparison !== 'between'
const events = (n: boolean) => (n ? 'Ereignis' : 'Ereignisse')

const join = (values: readonly string[], conjunction: 'and' | 'or') =>
  values.length <= 1
    ? (values[0] ?? '')
    : `${values.slice(0, -1).join(', ')} ${conjunction === 'and' ? 'und' : 'oder'} ${values[values.length - 1]}`

/** German words of descriptions ("Nutzer, deren Plan Pro ist"). */
export const deDescribeMessages: DescribeMessages = {
  segment: (plural, body) => `${plural}, ${body}`,
  everyone: (plural) => `Alle ${plural}`,
  nobody: (plural) => `Keine ${plural}`,
  and: (parts) => parts.join(' und '),
  or: (parts) => parts.join(' oder '),
  group: (inner) => `(${inner})`,
  atLeast: (count, parts) => `die mindestens ${count} hiervon erfüllen: (${parts.join('; ')})`,
  not: (inner) => `ausgenommen: ${inner}`,
  unknownCondition: 'die eine unbekannte Bedingung erfüllen',
  notGiven: '…',
  property: (label, predicate, at) => `deren ${label}${at ? ` ${at}` : ''} ${predicate}`,
  operator: (operator, value, w) => {
    const [present, past] = OPERATOR[operator](value)
    const ignoring = w.ignoreCase ? ' (ohne Beachtung der Groß- und Kleinschreibung)' : ''
    const subject = w.reference ? ' eine von beiden' : ''
    const missing = w.matchesMissing
      ? w.past
        ? ` (oder${subject} nicht gesetzt war)`
        : ` (oder${subject} nicht gesetzt ist)`
      : ''
    return `${w.past ? past : present}${ignoring}${missing}`
  },
  boolean: (value) => (value ? 'wahr' : 'falsch'),
  quote: (value) => `„${value}“`,
  duration: (amount, unit) => `${amount} ${UNIT[unit][amount === 1 ? 0 : 1]}`,
  ago: (d) => `vor ${d}`,
  fromNow: (d) => `in ${d}`,
  instant: (formatted, hasTime) => (hasTime ? `${formatted} UTC` : formatted),
  at: (when, kind) => (kind === 'day' ? `am ${when}` : kind === 'time' ? `um ${when}` : when),
  window: {
    ever: 'jemals',
    last: (d) => `in den letzten ${d}`,
    before: (d) => `vor mehr als ${d}`,
    relativeRange: (start, end) => `zwischen ${start} und ${end} zuvor`,
    between: (from, to) => `ab ${from}, aber vor ${to}`,
    calendar: (unit, complete, current) => {
      const w = DE_CALENDAR[unit]
      if (complete === 0) return w.present
      const units = `${complete} vollständigen ${w.dative}`
      if (!current) return complete === 1 ? w.previous : `in den letzten ${units}`
      return complete === 1 ? `${w.present} oder ${w.previous}` : `${w.present} oder in den ${units} davor`
    },
  },
  inTimeZone: (text, timeZone) => `${text} (${timeZone})`,
  dateRange: (from, to) => `ab ${from}, aber vor ${to}`,
  numberRange: (min, max) => `zwischen ${min} und ${max} (einschließlich)`,
  otherProperty: (label, offset) => (offset ? `${label} ${offset.later ? 'plus' : 'minus'} ${offset.duration}` : label),
  earlierStep: (property, step, event) => `${property} aus Schritt ${step} (${event})`,
  performed: (event, filters, window) => `die ${window} mindestens ein ${event}-Ereignis${filters} hatten`,
  notPerformed: (event, filters, window) => `die ${window} kein ${event}-Ereignis${filters} hatten`,
  count: (c, event, filters, window) =>
    c.comparison === 'neq'
      ? `die ${window} nicht genau ${c.value} ${event}-${events(c.amount === 1)}${filters} hatten`
      : `die ${window} ${comparison(c)} ${event}-${events(one(c))}${filters} hatten`,
  activeDays: (c, event, filters, window) =>
    `die ${window} an ${comparison(c)} ${one(c) ? 'Tag' : 'verschiedenen Tagen'} (UTC) ${event}-Ereignisse${filters} hatten`,
  measure: (measure, event, filters, window, c) =>
    `deren ${measure} der ${event}-Ereignisse${filters} ${window} ${c} ist`,
  measureName: (fn, property) => {
    switch (fn) {
      case 'sum':
        return `Summe von ${property}`
      case 'avg':
        return `Durchschnitt von ${property}`
      case 'min':
        return `kleinster Wert von ${property}`
      case 'max':
        return `größter Wert von ${property}`
      case 'distinct':
        return `Anzahl verschiedener Werte von ${property}`
      default: {
        fn satisfies never
        return String(fn)
      }
    }
  },
  comparison,
  firstTime: (event, filters, window) => `deren erstes ${event}-Ereignis${filters} ${window} war`,
  lastTime: (event, filters, window) => `deren letztes ${event}-Ereignis${filters} ${window} war`,
  stopped: (event, filters, recent, baseline) =>
    `die in den ${baseline} vor den letzten ${recent} ${event}-Ereignisse${filters} hatten, in den letzten ${recent} aber keines`,
  restarted: (event, filters, recent, inactive) =>
    `die in den letzten ${recent} mindestens ein ${event}-Ereignis${filters} hatten, in den ${inactive} davor keines und früher eines`,
  regularly: (event, filters, min, periods, period, perPeriod) =>
    perPeriod > 1
      ? `die in mindestens ${min} der letzten ${periods} Zeiträume von ${period} jeweils mindestens ${perPeriod} ${event}-Ereignisse${filters} hatten`
      : `die in mindestens ${min} der letzten ${periods} Zeiträume von ${period} ${event}-Ereignisse${filters} hatten`,
  regularlyCalendar: (event, filters, min, periods, unit, perPeriod) =>
    perPeriod > 1
      ? `die in mindestens ${min} der letzten ${periods} Kalender${DE_CALENDAR[unit].plural} (einschließlich der laufenden) jeweils mindestens ${perPeriod} ${event}-Ereignisse${filters} hatten`
      : `die in mindestens ${min} der letzten ${periods} Kalender${DE_CALENDAR[unit].plural} (einschließlich der laufenden) ${event}-Ereignisse${filters} hatten`,
  filters: (parts) => (parts.length === 0 ? '' : ` (wobei ${parts.join(' und ')})`),
  filter: (label, predicate) => `${label} ${predicate}`,
  event: (label) => `„${label}“`,
  anyEvent: '„beliebiges“',
  nthTime: (n, event, filters, window, within) =>
    `deren ${n}. ${event}-Ereignis${filters} überhaupt ${window} war${within ? `, innerhalb von ${within} nach dem ersten` : ''}`,
  sequence: (steps, window, within) =>
    `die die Ereignisse ${steps.join(', dann ')}${within ? `, alle innerhalb von ${within}` : ''}${window ? `, jeden stattgefundenen Schritt ${window},` : ''} hatten`,
  step: (named, filters, s) => {
    const event = s.any ? (s.negated ? 'Ereignis' : 'ein beliebiges Ereignis') : named
    if (!s.negated) return `${event}${filters}${s.maxGap && !s.first ? ` innerhalb von ${s.maxGap}` : ''}`
    const until = s.maxGap
      ? ` innerhalb von ${s.maxGap} danach (diese Zeit ist vorbei)`
      : s.last
        ? ' danach'
        : ' vor dem nächsten Schritt'
    return `kein ${event}${filters}${until}`
  },
  list: (label, member) => `${member ? '' : 'nicht '}in der Liste ${label}`,
  tag: (label, has) => (has ? `mit dem Tag ${label}` : `ohne das Tag ${label}`),
  segmentRef: (label, member) => `${member ? '' : 'nicht '}im Segment ${label}`,
  related: (match, r) => {
    // A body of several parts arrives bracketed already.
    const body = r.body ? (r.body.startsWith('(') ? ` ${r.body}` : ` (${r.body})`) : ''
    if (match === 'any') return `die ${r.toOne ? 'ein' : 'mindestens ein'} ${r.singular}${body} haben`
    if (match === 'none') return `die kein ${r.singular}${body} haben`
    if (match === 'all')
      return r.toOne
        ? `die kein ${r.singular} oder ein ${r.singular}${body} haben`
        : `die keine ${r.plural} oder nur ${r.plural}${body} haben`
    return `die ${comparison(match.count)} ${one(match.count) ? r.singular : r.plural}${body} haben`
  },
  asOf: (when) => ` (Stand: ${when})`,
  listJoin: join,
}

const n1 = (n: number, singular: string, plural: string) => (n === 1 ? singular : plural)

/** German words of explanations ("2 „Purchased“-Ereignisse in den letzten 30 Tagen; benötigt mindestens 3"). */
export const deExplainMessages: ExplainMessages = {
  missing: 'kein Wert',
  skipped: 'deaktiviert: nicht ausgewertet',
  property: (p) => `${p.label}${p.at ? ` ${p.at}` : ''}: ${p.value}; benötigt: ${p.label} ${p.predicate}`,
  events: (count, event) => `${count} ${event}-${n1(count, 'Ereignis', 'Ereignisse')}`,
  performed: (p) => `${p.events} ${p.window}; benötigt mindestens eines`,
  notPerformed: (p) => `${p.events} ${p.window}; benötigt keines`,
  count: (p) => `${p.events} ${p.window}; benötigt ${p.needed}`,
  activeDays: (p) =>
    `${p.event}-Ereignisse an ${p.days} ${n1(p.days, 'Tag', 'verschiedenen Tagen')} ${p.window}; benötigt ${p.needed}`,
  measure: (p) =>
    `${p.measure.replace(/^./, (c) => c.toUpperCase())} der ${p.event}-Ereignisse ${p.window}: ${p.value ?? 'kein Wert (keine Ereignisse)'}; benötigt ${p.needed}`,
  firstTime: (p) =>
    p.time === undefined
      ? `Kein ${p.event}-Ereignis; benötigt das erste ${p.window}`
      : `Erstes ${p.event}-Ereignis am ${p.time}; benötigt ${p.window}`,
  lastTime: (p) =>
    p.time === undefined
      ? `Kein ${p.event}-Ereignis; benötigt das letzte ${p.window}`
      : `Letztes ${p.event}-Ereignis am ${p.time}; benötigt ${p.window}`,
  stopped: (p) =>
    `${p.events} in den letzten ${p.recent}; benötigt keines und mindestens eines in den ${p.baseline} davor`,
  restarted: (p) =>
    `${p.events} in den letzten ${p.recent}; benötigt mindestens eines, keines in den ${p.inactive} davor und eines früher`,
  regularly: (p) =>
    p.perPeriod > 1
      ? `Jeweils mindestens ${p.perPeriod} ${p.event}-Ereignisse in ${p.active} der letzten ${p.periods} Zeiträume von ${p.period}; benötigt mindestens ${p.minPeriods}`
      : `${p.event}-Ereignisse in ${p.active} der letzten ${p.periods} Zeiträume von ${p.period}; benötigt mindestens ${p.minPeriods}`,
  nthTime: (p) =>
    p.time === undefined
      ? `Insgesamt ${p.seen} ${p.event}-${n1(p.seen, 'Ereignis', 'Ereignisse')}; benötigt das ${p.n}. ${p.window}${p.within ? `, innerhalb von ${p.within} nach dem ersten` : ''}`
      : `${p.n}. ${p.event}-Ereignis am ${p.time}, das erste am ${p.first ?? '?'}; benötigt ${p.window}${p.within ? `, innerhalb von ${p.within} nach dem ersten` : ''}`,
  sequence: (times) =>
    times === undefined
      ? 'Keine Reihenfolge der Ereignisse erfüllt die Sequenz'
      : `Sequenz erfüllt: ${times.join(' → ')}`,
  list: (label, member) => `${member ? 'In' : 'Nicht in'} der Liste ${label}`,
  tag: (label, has) => (has ? `Mit dem Tag ${label}` : `Ohne das Tag ${label}`),
  segmentRef: (label, member) => `${member ? 'Im' : 'Nicht im'} Segment ${label}`,
  related: (p) => {
    const found = `${p.matching} zugehörige ${n1(p.matching, p.singular, p.plural)} ${n1(p.matching, 'erfüllt', 'erfüllen')} die Bedingungen`
    const need = p.need
    if (need === 'any') return `${found}; benötigt mindestens eines`
    if (need === 'none') return `${found}; benötigt keines`
    if (need === 'all') return `${found}; benötigt alle`
    return `${found}; benötigt ${need.count}`
  },
  relatedEntity: (p) => `${p.label}${p.id ? ` ${p.id}` : ''}: ${p.reason}`,
  group: (p) =>
    `${p.negated ? 'NICHT: ' : ''}${p.held} von ${p.total} ${n1(p.total, 'Bedingung', 'Bedingungen')} erfüllt (${p.combinator === 'and' ? 'alle nötig' : p.needed === 1 ? 'eine nötig' : `mindestens ${p.needed} nötig`})`,
  emptyGroup: (p) =>
    `${p.negated ? 'NICHT: ' : ''}${p.combinator === 'and' ? 'leere UND-Gruppe: trifft auf alle zu' : 'leere ODER-Gruppe: trifft auf niemanden zu'}`,
}

/** A parameter as text; `undefined` when the issue does not carry it. */
function param(p: IssueParams, ...names: string[]): string | undefined {
  for (const name of names) {
    if (Object.hasOwn(p, name)) return String(p[name])
  }
  return undefined
}
const quoted = (v: string | undefined) => (v === undefined || v === '' ? '' : ` „${v}“`)
const of = (v: string | undefined, prefix: string, suffix = '') =>
  v === undefined || v === '' ? '' : `${prefix}${v}${suffix}`

const LIMITS: Readonly<Record<string, (max: string) => string>> = {
  maxDepth: (max) => `Gruppen dürfen höchstens ${max} Ebenen tief verschachtelt sein`,
  maxNodes: (max) => `Ein Segment darf höchstens ${max} Bedingungen und Gruppen enthalten`,
  maxSteps: (max) => `Eine Sequenz darf höchstens ${max} Schritte haben`,
  maxFilters: (max) => `Hier sind höchstens ${max} Filter erlaubt`,
  maxListValues: (max) => `Eine Liste darf höchstens ${max} Werte enthalten`,
  maxPeriods: (max) => `Höchstens ${max} Zeiträume sind erlaubt`,
  maxTextLength: (max) => `Ein Text darf höchstens ${max} Zeichen lang sein`,
  maxDuration: () => 'Eine Dauer darf höchstens 10.000 Jahre lang sein',
}

function limitText(p: IssueParams, fallback: string): string {
  const limit = param(p, 'limit')
  const max = param(p, 'max') ?? '?'
  return limit !== undefined && Object.hasOwn(LIMITS, limit) ? LIMITS[limit]!(max) : fallback
}

const ENTITY_KINDS: Readonly<Record<string, string>> = {
  list: 'Die Liste',
  tag: 'Das Tag',
  segment: 'Das Segment',
  event: 'Das Ereignis',
}

/** German texts of every validation issue, worded from the issue's params (see docs/json-format.md). */
export const deIssueMessages: IssueMessages = {
  invalid_json: () => 'Das ist kein gültiges JSON',
  invalid_structure: (p) => `Ungültiger Wert${quoted(param(p, 'field'))}${of(param(p, 'expected'), ': erwartet ')}`,
  missing_field: (p) => `${param(p, 'field') ? `„${param(p, 'field')}“` : 'Dieses Feld'} ist erforderlich`,
  unknown_key: (p) => `Unbekannter Schlüssel${quoted(param(p, 'key', 'field'))}: unverändert behalten`,
  unreadable: () => 'Dieser Teil konnte nicht gelesen werden',
  invalid_text: (p) =>
    `${param(p, 'field') ? `„${param(p, 'field')}“` : 'Dieser Text'} ${
      param(p, 'problem') === 'nul'
        ? 'enthält ein NUL-Zeichen, das kein Text enthalten darf'
        : 'ist kein wohlgeformter Text'
    }`,
  limit_exceeded: (p) => limitText(p, 'Eine Grenze ist überschritten'),
  import_unsupported: (p) => `Dieses Format kann nicht importiert werden${of(param(p, 'format', 'kind'), ': ')}`,
  unknown_kind: (p) =>
    `Unbekannte Bedingungsart${quoted(param(p, 'kind'))}: unverändert behalten, kann aber nicht ausgewertet werden`,
  version_too_new: (p) =>
    `Dieses Segment wurde mit einer neueren segkit-Version gespeichert${of(param(p, 'version'), ' (Format ', ')')}. Aktualisieren Sie @segkit/core, um es zu öffnen.`,
  version_invalid: () => 'Ungültige Formatversion: erwartet wird eine ganze Zahl',
  duplicate_id: (p) => `Die ID${quoted(param(p, 'id'))} wird von mehr als einem Knoten verwendet`,
  max_depth: (p) => limitText(p, 'Gruppen sind zu tief verschachtelt'),
  max_size: (p) => limitText(p, 'Das Segment enthält zu viele Bedingungen und Gruppen'),
  unknown_entity: (p) => `Unbekannter Entitätstyp${quoted(param(p, 'entity'))}`,
  unknown_property: (p) => `Unbekannte Eigenschaft${quoted(param(p, 'property'))}${of(param(p, 'entity'), ' von ')}`,
  unknown_event: (p) => `Unbekanntes Ereignis${quoted(param(p, 'event'))}`,
  unknown_event_property: (p) =>
    `Unbekannte Eigenschaft${quoted(param(p, 'property'))}${of(param(p, 'event'), ' des Ereignisses „', '“')}`,
  event_property_not_common: (p) =>
    `Nicht jedes der gewählten Ereignisse hat die Eigenschaft${quoted(param(p, 'property'))}${of(param(p, 'event'), '; ', ' hat sie nicht')}`,
  unknown_list: (p) => `Unbekannte Liste${quoted(param(p, 'list'))}`,
  unknown_tag: (p) => `Unbekanntes Tag${quoted(param(p, 'tag'))}`,
  unknown_segment: (p) => `Unbekanntes Segment${quoted(param(p, 'segment'))}`,
  unknown_relation: (p) => `Unbekannte Beziehung${quoted(param(p, 'relation'))}${of(param(p, 'entity'), ' von ')}`,
  entity_mismatch: (p) => {
    const kind = ['list', 'tag', 'segment', 'event'].find((k) => Object.hasOwn(p, k))
    const what = kind ? `${ENTITY_KINDS[kind]} „${param(p, kind)}“` : 'Dieser Verweis'
    return `${what} gehört zu ${param(p, 'actual') ?? 'einem anderen Entitätstyp'}, nicht zu ${param(p, 'expected') ?? 'diesem'}`
  },
  operator_not_allowed: (p) =>
    `Der Operator${quoted(param(p, 'operator'))} passt nicht zu${of(param(p, 'property'), ' ')}${of(param(p, 'type'), ' (', ')')}${of(param(p, 'allowed'), '; möglich sind: ')}`,
  value_missing: () => 'Wert erforderlich',
  value_type: (p) => `${param(p, 'property') ?? 'Dieser Wert'}: falscher Werttyp`,
  value_unexpected: (p) => `Der Operator${quoted(param(p, 'operator'))} nimmt keinen Wert`,
  between_order: (p) =>
    `Der Bereich endet, bevor er beginnt${of(param(p, 'min'), ': ')}${of(param(p, 'max'), ' liegt nach ')}`,
  enum_option: (p) =>
    `${of(param(p, 'value'), '', ': ')}keine Option von ${param(p, 'property') ?? 'dieser Eigenschaft'}`,
  empty_list: (p) => `${param(p, 'property') ?? 'Diese Liste'}: mindestens ein Wert erforderlich`,
  at_in_future: () => 'Ein früherer Wert kann nicht aus der Zukunft gelesen werden',
  ignore_case_not_string: (p) =>
    `Groß- und Kleinschreibung zu ignorieren hat für ${param(p, 'property') ?? 'diesen Typ'} keine Bedeutung`,
  reference_type_mismatch: (p) =>
    `${param(p, 'property') ?? 'Diese Eigenschaft'}${of(param(p, 'type'), ' (', ')')} kann nicht mit ${param(p, 'other') ?? 'dieser Eigenschaft'}${of(param(p, 'otherType'), ' (', ')')} verglichen werden`,
  reference_offset: (p) =>
    `Nur ein Zeitpunkt lässt sich um eine Zeitspanne verschieben${of(param(p, 'property'), '; ', ' ist kein Zeitpunkt')}`,
  step_reference_invalid: (p) =>
    `${param(p, 'property') ?? 'Dieser Filter'}: der Vergleich mit einem früheren Schritt braucht einen früheren Schritt, der stattfand, und „ist gleich“ (ohne Groß-/Kleinschreibung zu ignorieren)`,
  reference_not_allowed: () =>
    'Ein Filter vergleicht mit einem Wert; der Vergleich mit einer anderen Eigenschaft gibt es nur in Eigenschaftsbedingungen',
  empty_group: (p) =>
    `Diese Gruppe hat keine aktive Bedingung und trifft ${param(p, 'combinator') === 'or' ? 'auf niemanden' : 'auf alle'} zu`,
  at_least_needs_or: () => '„Mindestens so viele“ gilt nur für eine Gruppe mit „eine davon“ (ODER)',
  at_least_unreachable: (p) =>
    `Diese Gruppe verlangt mindestens ${param(p, 'atLeast')} erfüllte Bedingungen, hat aber nur ${param(p, 'active')} aktive und trifft auf niemanden zu`,
  root_disabled: () => 'Die oberste Gruppe kann nicht deaktiviert werden; sie wird trotzdem ausgewertet',
  measure_property_type: (p) =>
    `${param(p, 'fn') ?? 'Dieses Maß'} braucht eine Zahl-Eigenschaft${of(param(p, 'property'), '; ')}${of(param(p, 'type'), ' ist vom Typ ')}`,
  count_meaningless: (p) =>
    param(p, 'always') === undefined
      ? 'Eine Anzahl ist eine ganze Zahl ab 0'
      : `Dieser Vergleich einer Anzahl ist ${param(p, 'always') === 'true' ? 'immer' : 'nie'} erfüllt`,
  window_order: () => 'Das Zeitfenster endet, bevor es beginnt',
  window_empty: () => 'Das Zeitfenster enthält keinen Zeitraum',
  unknown_time_zone: (p) => `Unbekannte Zeitzone „${param(p, 'timeZone') ?? '?'}“`,
  calendar_period: () => 'Ein Kalenderzeitraum ist genau ein Tag, eine Woche, ein Monat oder ein Jahr',
  period_order: (p) =>
    `Mindestens ${param(p, 'minPeriods') ?? '?'} von ${param(p, 'periods') ?? '?'} Zeiträumen kann nie eintreten`,
  nth_within_meaningless: () => 'Das erste Mal liegt immer 0 nach dem ersten Mal: diese Grenze ändert nichts',
  sequence_too_short: () =>
    'Eine Sequenz braucht zwei Schritte, die stattfinden, oder einen, gefolgt von einem Schritt, der nicht stattfand',
  sequence_negative_first: () => 'Eine Sequenz kann nicht mit einem Schritt beginnen, der nicht stattfand',
  sequence_gap_exceeds_window: () => 'Dieser Abstand ist länger als das ganze Zeitfenster',
  sequence_reference_keys: () =>
    'Alle Vergleiche mit früheren Schritten einer Sequenz müssen denselben Wert teilen (einen gemeinsamen Schlüssel)',
  sequence_reference_run: (p) =>
    `Schritt ${param(p, 'step') ?? ''} muss ebenfalls mit dem gemeinsamen Wert vergleichen, weil ein späterer Schritt es tut`,
  step_reference_event_set: () =>
    'Vergleiche mit früheren Schritten brauchen Schritte mit je einem Ereignis (nicht „eines von mehreren“ oder „ein beliebiges“)',
  segment_cycle: (p) => `Segmente verweisen im Kreis aufeinander${of(param(p, 'cycle'), ': ')}`,
  catalog_invalid: () => 'Der Katalog ist ungültig',
  mapping_missing: () => 'Dem Mapping fehlt eine Tabelle oder Spalte, die dieses Segment braucht',
  dialect_unsupported: () => 'Dieser SQL-Dialekt kann das Segment so nicht ausdrücken',
  invalid_data: () => 'Ungültige Daten',
}

/** Every German text of @segkit/core, by area. */
export const deMessages = {
  describe: deDescribeMessages,
  explain: deExplainMessages,
  issues: deIssueMessages,
} as const

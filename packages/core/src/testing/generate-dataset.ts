/**
 * A deterministic, realistic dataset for the example catalog, of any size:
 * accounts and users with plan/LTV/ARR history, behaviour archetypes (power,
 * casual, at-risk, churned, new), shop funnels, a Black Friday spike, lists
 * and tags with membership history. Same seed, same data.
 */
import type {
  EntityRecord,
  EventRecord,
  ListMembershipRecord,
  PropertyChangeRecord,
  SegmentData,
  TagRecord,
} from '../data/types.ts'
import { DAY_MS, FIXTURE_AS_OF_MS, lastBlackFriday } from './fixture-time.ts'
import { createRandom, type Random } from './random.ts'

/** Options of `generateDataset`: seed, number of users, evaluation instant and days of history. */
export interface GenerateOptions {
  seed?: number
  /** Number of users (accounts are about one per eight users). */
  users: number
  /** Evaluation instant: nothing happens after it. ISO string or epoch ms. Default FIXTURE_AS_OF. */
  asOf?: string | number
  /** How many days of history before asOf. Default 180. */
  days?: number
}

/** The behaviour a generated user follows: power, casual, at risk, churned or new. */
export type Archetype = 'power' | 'casual' | 'at_risk' | 'churned' | 'new'

const FIRST = [
  'Ada',
  'Ben',
  'Chloé',
  'Dan',
  'Eve',
  'Farid',
  'Grace',
  'Hiro',
  'Ines',
  'Jon',
  'Kai',
  'Lena',
  'Mo',
  'Nina',
  'Omar',
  'Zoë',
]
const LAST = ['Smith', 'Müller', "O'Brien", 'Tanaka', 'Silva', 'Dubois', 'Khan', 'Ng', 'Rossi', 'Novak']
const COUNTRIES = ['US', 'US', 'US', 'DE', 'FR', 'GB', 'JP', 'BR']
const PLANS = ['free', 'starter', 'pro', 'enterprise'] as const
const INTERESTS = ['sports', 'music', 'travel', 'tech', 'fashion', 'food']
const INDUSTRIES = ['saas', 'retail', 'finance', 'health']
const PLATFORMS = [{ platform: 'ios' }, { platform: 'android' }, { platform: 'web' }] as const
const PLAN_ARR: Record<(typeof PLANS)[number], number> = { free: 0, starter: 1200, pro: 6000, enterprise: 48000 }

interface Product {
  product: string
  category: string
  price: number
}
const CATEGORIES = ['Shoes', 'Books', 'Games', 'Audio', 'Home']
const PRODUCTS: Product[] = Array.from({ length: 40 }, (_, i) => ({
  product: `${CATEGORIES[i % CATEGORIES.length]} #${i + 1}`,
  category: CATEGORIES[i % CATEGORIES.length]!,
  price: [9.99, 24.5, 49, 120, 399][i % 5]!,
}))
const VIEW_PROPS = PRODUCTS.map((p) => ({ product: p.product, category: p.category, price: p.price }))
const CART_PROPS = PRODUCTS.map((p) => ({ product: p.product, price: p.price }))
const SIGNUP_PROPS = [{ source: 'organic' }, { source: 'ads' }, { source: 'referral' }] as const
const TICKET_PROPS = [
  { priority: 'low', subject: 'How do I export?' },
  { priority: 'high', subject: 'Payment failed: 100% of cards' },
  { priority: 'low', subject: 'Feature_request' },
] as const

function archetypeOf(r: Random): Archetype {
  const x = r.next()
  if (x < 0.1) return 'power'
  if (x < 0.55) return 'casual'
  if (x < 0.75) return 'at_risk'
  if (x < 0.85) return 'churned'
  return 'new'
}

const DAILY_OPEN: Record<Archetype, number> = { power: 0.5, casual: 0.07, at_risk: 0.12, churned: 0.1, new: 0.3 }
const DAILY_VIEW: Record<Archetype, number> = { power: 0.3, casual: 0.06, at_risk: 0.08, churned: 0.05, new: 0.2 }

/** Builds the dataset. 100k users give about 2M events. */
export function generateDataset(options: GenerateOptions): SegmentData {
  const r = createRandom(options.seed ?? 1)
  const asOf = typeof options.asOf === 'string' ? Date.parse(options.asOf) : (options.asOf ?? FIXTURE_AS_OF_MS)
  const days = options.days ?? 180
  const start = asOf - days * DAY_MS
  const bf = lastBlackFriday(asOf)
  const bfEnd = bf + 7 * DAY_MS
  const nUsers = options.users
  const nAccounts = Math.max(1, Math.ceil(nUsers / 8))

  const accounts: EntityRecord[] = []
  const users: EntityRecord[] = []
  const events: EventRecord[] = []
  const lists: ListMembershipRecord[] = []
  const tags: TagRecord[] = []
  const history: PropertyChangeRecord[] = []

  for (let i = 0; i < nAccounts; i++) {
    const id = `a${i + 1}`
    const created = start - r.int(0, 365) * DAY_MS - r.int(0, 23) * 3_600_000
    const plan = r.pick(PLANS)
    const seats = r.int(1, 200)
    let arr = PLAN_ARR[plan] * Math.max(1, Math.round(seats / 10))
    history.push({ entity: 'account', entityId: id, property: 'arr', value: Math.round(arr * 0.6), from: created })
    if (r.chance(0.5)) {
      const changed = asOf - r.int(1, days) * DAY_MS
      arr = r.chance(0.7) ? Math.round(arr * 1.3) : Math.round(arr * 0.5)
      history.push({ entity: 'account', entityId: id, property: 'arr', value: arr, from: changed })
    } else {
      history.push({ entity: 'account', entityId: id, property: 'arr', value: arr, from: created + DAY_MS })
    }
    accounts.push({
      id,
      name: `${r.pick(LAST)} ${r.pick(['Inc', 'GmbH', 'Ltd', 'SA'])}`,
      industry: r.pick(INDUSTRIES),
      arr,
      seats,
      plan,
      created_at: created,
    })
    if (r.chance(0.1)) lists.push({ list: 'churn_watch', entityId: id, from: asOf - r.int(1, 60) * DAY_MS })
    if (r.chance(0.1)) tags.push({ tag: 'strategic', entityId: id, from: created })
  }

  for (let i = 0; i < nUsers; i++) {
    const id = `u${i + 1}`
    const archetype = archetypeOf(r)
    const created =
      archetype === 'new'
        ? asOf - r.int(0, 13) * DAY_MS - r.int(1, 23) * 3_600_000
        : start + r.int(0, days - 60) * DAY_MS + r.int(0, 23) * 3_600_000
    const activeUntil =
      archetype === 'at_risk'
        ? asOf - r.int(41, 90) * DAY_MS
        : archetype === 'churned'
          ? asOf - r.int(100, 170) * DAY_MS
          : asOf
    const whale = r.chance(0.05)
    let plan: (typeof PLANS)[number] = whale ? r.pick(['pro', 'enterprise'] as const) : r.pick(PLANS)
    history.push({ entity: 'user', entityId: id, property: 'plan', value: plan, from: created })
    if (whale && r.chance(0.4)) {
      // Whales a week ago who have since downgraded.
      plan = r.pick(['free', 'starter'] as const)
      history.push({
        entity: 'user',
        entityId: id,
        property: 'plan',
        value: plan,
        from: asOf - r.int(1, 6) * DAY_MS - r.int(0, 20) * 3_600_000,
      })
    } else if (r.chance(0.2)) {
      const next = r.pick(PLANS)
      if (next !== plan) {
        plan = next
        history.push({
          entity: 'user',
          entityId: id,
          property: 'plan',
          value: plan,
          from: Math.min(asOf, created + r.int(1, Math.max(1, Math.floor((asOf - created) / DAY_MS))) * DAY_MS),
        })
      }
    }
    const interests = r.chance(0.1) ? null : r.chance(0.1) ? [] : INTERESTS.filter(() => r.chance(0.3))
    const user: EntityRecord = {
      id,
      email: `${FIRST[i % FIRST.length]!.toLowerCase()}.${i + 1}@${r.chance(0.1) ? 'ACME.com' : 'example.com'}`,
      name: `${r.pick(FIRST)} ${r.pick(LAST)}`,
      country: r.pick(COUNTRIES),
      plan,
      ltv: 0,
      age: r.chance(0.1) ? null : r.int(18, 75),
      marketing_consent: r.chance(0.1) ? null : r.chance(0.6),
      created_at: created,
      last_seen_at: null,
      interests,
      account_id: r.chance(0.85) ? `a${r.int(1, nAccounts)}` : null,
    }
    if (whale) tags.push({ tag: 'whale', entityId: id, from: created + r.int(0, 30) * DAY_MS })
    if (r.chance(0.03))
      tags.push({
        tag: 'influencer',
        entityId: id,
        from: created,
        ...(r.chance(0.3) ? { to: asOf - r.int(1, 30) * DAY_MS } : {}),
      })
    if (r.chance(0.1)) {
      const from = created + r.int(0, 20) * DAY_MS
      lists.push({
        list: 'beta',
        entityId: id,
        from: Math.min(from, asOf),
        ...(r.chance(0.2) ? { to: Math.min(from + r.int(5, 60) * DAY_MS, asOf) } : {}),
      })
    }

    events.push({ entity: 'user', entityId: id, event: 'signed_up', time: created, properties: r.pick(SIGNUP_PROPS) })
    let ltv = 0
    let lastSeen: number | null = null
    const firstDay = Math.floor(created / DAY_MS) + 1
    const lastDay = Math.floor(Math.min(activeUntil, asOf) / DAY_MS)
    for (let day = firstDay; day <= lastDay; day++) {
      const dayStart = day * DAY_MS
      const inBlackFriday = dayStart >= bf && dayStart < bfEnd
      if (r.chance(DAILY_OPEN[archetype])) {
        const t = dayStart + r.int(6, 22) * 3_600_000 + r.int(0, 59) * 60_000
        if (t <= asOf) {
          events.push({ entity: 'user', entityId: id, event: 'opened_app', time: t, properties: r.pick(PLATFORMS) })
          lastSeen = t
        }
      }
      if (r.chance(DAILY_VIEW[archetype] * (inBlackFriday ? 3 : 1))) {
        let t = dayStart + r.int(8, 20) * 3_600_000 + r.int(0, 59) * 60_000
        const p = r.int(0, PRODUCTS.length - 1)
        if (t > asOf) continue
        events.push({ entity: 'user', entityId: id, event: 'viewed_product', time: t, properties: VIEW_PROPS[p] })
        if (r.chance(inBlackFriday ? 0.5 : 0.3)) {
          t += r.int(1, 90) * 60_000
          if (t > asOf) continue
          events.push({ entity: 'user', entityId: id, event: 'added_to_cart', time: t, properties: CART_PROPS[p] })
          if (r.chance(inBlackFriday ? 0.6 : 0.4)) {
            t += r.int(1, 48 * 60) * 60_000
            if (t > asOf) continue
            const items = r.int(1, 4)
            const amount = Math.round(PRODUCTS[p]!.price * items * (inBlackFriday ? 0.7 : 1) * 100) / 100
            const props: Record<string, string | number> = { amount, currency: r.chance(0.8) ? 'USD' : 'EUR', items }
            if (r.chance(0.15)) props.coupon = r.pick(['WELCOME10', 'BF_50%', 'vip'])
            events.push({ entity: 'user', entityId: id, event: 'purchased', time: t, properties: props })
            ltv = Math.round((ltv + amount) * 100) / 100
            history.push({ entity: 'user', entityId: id, property: 'ltv', value: ltv, from: t })
          }
        }
      }
      if (r.chance(0.004)) {
        const t = dayStart + r.int(9, 18) * 3_600_000
        if (t <= asOf)
          events.push({ entity: 'user', entityId: id, event: 'sent_ticket', time: t, properties: r.pick(TICKET_PROPS) })
      }
    }
    user.ltv = ltv
    user.last_seen_at = lastSeen
    if (whale && ltv > 500) lists.push({ list: 'vip', entityId: id, from: Math.min(asOf, created + 30 * DAY_MS) })
    users.push(user)
  }

  return { entities: { user: users, account: accounts }, events, lists, tags, history }
}

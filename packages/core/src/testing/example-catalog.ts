/**
 * The example catalog: a SaaS product with a shop. Users belong to accounts;
 * the events and properties are the ones the product examples talk about.
 */
import type { Catalog } from '../catalog/schema.ts'

const COUNTRY_OPTIONS = [
  { value: 'US', label: 'United States' },
  { value: 'DE', label: 'Germany' },
  { value: 'FR', label: 'France' },
  { value: 'GB', label: 'United Kingdom' },
  { value: 'JP', label: 'Japan' },
  { value: 'BR', label: 'Brazil' },
]

/** The plan enum options of the example catalog. */
export const PLAN_OPTIONS = [
  { value: 'free', label: 'Free' },
  { value: 'starter', label: 'Starter' },
  { value: 'pro', label: 'Pro' },
  { value: 'enterprise', label: 'Enterprise' },
]

/** The example B2B SaaS catalog (users, accounts, events, lists, tags) used by the stories, tests and demo. */
export const exampleCatalog: Catalog = {
  entities: [
    {
      id: 'user',
      label: 'User',
      pluralLabel: 'Users',
      createdAt: 'created_at',
      properties: [
        { id: 'email', label: 'Email', type: 'string', group: 'Profile' },
        { id: 'name', label: 'Name', type: 'string', group: 'Profile' },
        { id: 'country', label: 'Country', type: 'enum', group: 'Profile', options: COUNTRY_OPTIONS },
        { id: 'plan', label: 'Plan', type: 'enum', group: 'Billing', options: PLAN_OPTIONS, history: true },
        { id: 'ltv', label: 'Lifetime value', type: 'number', group: 'Billing', unit: 'USD', history: true },
        { id: 'age', label: 'Age', type: 'number', group: 'Profile' },
        { id: 'marketing_consent', label: 'Marketing consent', type: 'boolean', group: 'Consent' },
        { id: 'created_at', label: 'Signed up at', type: 'datetime', group: 'Profile' },
        { id: 'last_seen_at', label: 'Last seen', type: 'datetime', group: 'Activity' },
        { id: 'interests', label: 'Interests', type: 'string[]', group: 'Profile' },
        { id: 'account_id', label: 'Account id', type: 'string', group: 'Billing' },
        {
          id: 'revenue_30d',
          label: 'Revenue, last 30 days',
          type: 'number',
          group: 'Billing',
          unit: 'USD',
          description: 'Sum of purchase amounts in the last 30 days.',
          computed: {
            event: 'purchased',
            measure: { fn: 'sum', property: 'amount' },
            window: { type: 'last', duration: { amount: 30, unit: 'day' } },
          },
        },
        {
          id: 'favorite_category',
          label: 'Favourite category',
          type: 'string',
          group: 'Activity',
          description: 'The category viewed most often (a tie: the first in code point order).',
          computed: {
            event: 'viewed_product',
            measure: { fn: 'most_frequent', property: 'category' },
            window: { type: 'ever' },
          },
        },
        {
          id: 'last_viewed_product',
          label: 'Last viewed product, last 30 days',
          type: 'string',
          group: 'Activity',
          computed: {
            event: 'viewed_product',
            measure: { fn: 'last', property: 'product' },
            window: { type: 'last', duration: { amount: 30, unit: 'day' } },
          },
        },
        {
          id: 'viewed_categories',
          label: 'Viewed categories',
          type: 'string[]',
          group: 'Activity',
          computed: {
            event: 'viewed_product',
            measure: { fn: 'unique_list', property: 'category' },
            window: { type: 'ever' },
          },
        },
      ],
      relations: [
        { id: 'account', label: 'Account', target: 'account', type: 'many_to_one', foreignKey: 'account_id' },
      ],
    },
    {
      id: 'account',
      label: 'Account',
      pluralLabel: 'Accounts',
      createdAt: 'created_at',
      properties: [
        { id: 'name', label: 'Name', type: 'string' },
        {
          id: 'industry',
          label: 'Industry',
          type: 'enum',
          options: [
            { value: 'saas', label: 'Software' },
            { value: 'retail', label: 'Retail' },
            { value: 'finance', label: 'Finance' },
            { value: 'health', label: 'Health' },
          ],
        },
        { id: 'arr', label: 'ARR', type: 'number', unit: 'USD', history: true },
        { id: 'seats', label: 'Seats', type: 'number' },
        { id: 'plan', label: 'Plan', type: 'enum', options: PLAN_OPTIONS },
        { id: 'created_at', label: 'Created at', type: 'datetime' },
      ],
      relations: [{ id: 'users', label: 'Users', target: 'user', type: 'one_to_many', foreignKey: 'account_id' }],
    },
  ],
  events: [
    {
      id: 'signed_up',
      label: 'Signed Up',
      group: 'Lifecycle',
      properties: [
        {
          id: 'source',
          label: 'Source',
          type: 'enum',
          options: [
            { value: 'organic', label: 'Organic' },
            { value: 'ads', label: 'Ads' },
            { value: 'referral', label: 'Referral' },
          ],
        },
      ],
    },
    {
      id: 'viewed_product',
      label: 'Viewed Product',
      group: 'Shop',
      properties: [
        { id: 'product', label: 'Product', type: 'string' },
        { id: 'category', label: 'Category', type: 'string' },
        { id: 'price', label: 'Price', type: 'number', unit: 'USD' },
      ],
    },
    {
      id: 'added_to_cart',
      label: 'Added to Cart',
      group: 'Shop',
      properties: [
        { id: 'product', label: 'Product', type: 'string' },
        { id: 'price', label: 'Price', type: 'number', unit: 'USD' },
      ],
    },
    {
      id: 'purchased',
      label: 'Purchased',
      group: 'Shop',
      properties: [
        { id: 'amount', label: 'Amount', type: 'number', unit: 'USD' },
        { id: 'currency', label: 'Currency', type: 'string' },
        { id: 'coupon', label: 'Coupon', type: 'string' },
        { id: 'items', label: 'Items', type: 'number' },
        { id: 'product', label: 'Product', type: 'string' },
      ],
    },
    {
      id: 'opened_app',
      label: 'Opened App',
      group: 'Engagement',
      properties: [
        {
          id: 'platform',
          label: 'Platform',
          type: 'enum',
          options: [
            { value: 'ios', label: 'iOS' },
            { value: 'android', label: 'Android' },
            { value: 'web', label: 'Web' },
          ],
        },
      ],
    },
    {
      id: 'sent_ticket',
      label: 'Sent Ticket',
      group: 'Support',
      properties: [
        {
          id: 'priority',
          label: 'Priority',
          type: 'enum',
          options: [
            { value: 'low', label: 'Low' },
            { value: 'high', label: 'High' },
          ],
        },
        { id: 'subject', label: 'Subject', type: 'string' },
      ],
    },
  ],
  lists: [
    { id: 'beta', label: 'Beta testers', entity: 'user' },
    { id: 'vip', label: 'VIP customers', entity: 'user' },
    { id: 'churn_watch', label: 'Churn watch', entity: 'account' },
  ],
  tags: [
    { id: 'whale', label: 'Whale', entity: 'user', color: '#7c3aed' },
    { id: 'influencer', label: 'Influencer', entity: 'user' },
    { id: 'strategic', label: 'Strategic', entity: 'account' },
  ],
  segments: [
    {
      id: 'pro_users',
      label: 'Pro users',
      definition: {
        version: 1,
        id: 'pro_users',
        name: 'Pro users',
        entity: 'user',
        root: {
          id: 'pro_root',
          kind: 'group',
          combinator: 'and',
          children: [
            { id: 'pro_plan', kind: 'property', property: 'plan', operator: 'in', value: ['pro', 'enterprise'] },
          ],
        },
      },
    },
    {
      id: 'recent_buyers',
      label: 'Recent buyers',
      definition: {
        version: 1,
        id: 'recent_buyers',
        name: 'Recent buyers',
        entity: 'user',
        root: {
          id: 'rb_root',
          kind: 'group',
          combinator: 'and',
          children: [
            {
              id: 'rb_purchase',
              kind: 'event',
              event: 'purchased',
              filters: [],
              form: { type: 'performed', window: { type: 'last', duration: { amount: 30, unit: 'day' } } },
            },
          ],
        },
      },
    },
  ],
}

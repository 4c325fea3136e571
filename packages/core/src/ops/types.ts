/** Small shared types of the tree operations. */
export type Combinator = 'and' | 'or'

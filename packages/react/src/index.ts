/** @segkit/react — the visual segment builder. */
export {}

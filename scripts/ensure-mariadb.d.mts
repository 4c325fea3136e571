/** Types of ensure-mariadb.mjs (imported by the MariaDB test helper). */
export function findMariadbd(): string | undefined
export function ensureMariadb(): void

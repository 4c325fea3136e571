-- params: [1797336000000,"purchased",1797336000000,1796079600000,1797336000000,"opened_app",1797336000000,1795906800000,1797116400000,3,"opened_app",1797336000000,1795906800000,1797116400000,1796511600000,1795906800000,2]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" = ?
      AND ev1."time" <= CAST(? AS BIGINT)
      AND ev1."time" >= CAST(? AS BIGINT)
      AND ev1."time" <= CAST(? AS BIGINT)
      AND ev1."entity_id" IS NOT NULL))
  AND (e."id" IN (SELECT ev2."entity_id"
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" = ?
      AND ev2."time" <= CAST(? AS BIGINT)
      AND ev2."time" >= CAST(? AS BIGINT)
      AND ev2."time" < CAST(? AS BIGINT)
      AND ev2."entity_id" IS NOT NULL GROUP BY ev2."entity_id"
      HAVING COALESCE((COUNT(DISTINCT date_diff('day', DATE '1970-01-01', CAST(from_unixtime(ev2."time" / 1000.0, 'Europe/Berlin') AS DATE))) >= ?), FALSE)))
  AND (e."id" IN (SELECT ev3."entity_id"
      FROM "events" ev3
      WHERE ev3."entity_type" = 'user'
      AND ev3."event" = ?
      AND ev3."time" <= CAST(? AS BIGINT)
      AND ev3."time" >= CAST(? AS BIGINT)
      AND ev3."entity_id" IS NOT NULL GROUP BY ev3."entity_id"
      HAVING COUNT(DISTINCT CASE WHEN ev3."time" >= CAST(? AS BIGINT) THEN 0 WHEN ev3."time" >= CAST(? AS BIGINT) THEN 1 WHEN ev3."time" >= CAST(? AS BIGINT) THEN 2 END) >= ?)))
ORDER BY 1

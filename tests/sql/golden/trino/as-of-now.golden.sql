-- params: ["purchased",10,"USD","EUR",-2592000000,-2592000000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT))
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" = ?
      AND ev1."time" <= CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT)
      AND COALESCE((TRY_CAST(json_extract_scalar(ev1."properties", '$["amount"]') AS DOUBLE) >= ?), FALSE)
      AND COALESCE((json_extract_scalar(ev1."properties", '$["currency"]') IN (?, ?)), FALSE)
      AND ev1."time" > (CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT) + CAST(? AS BIGINT))
      AND ev1."time" <= CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT)
      AND ev1."entity_id" IS NOT NULL))
  AND (COALESCE((e."created_at" > (CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT) + CAST(? AS BIGINT))
        AND e."created_at" <= CAST(to_unixtime(current_timestamp) * 1000 AS BIGINT)), FALSE)))
ORDER BY 1

-- params: ["purchased",10,"USD","EUR",-2592000000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP()))
AND ((e."id" IN (SELECT ev1."entity_id"
      FROM "events" ev1
      WHERE ev1."entity_type" = 'user'
      AND ev1."event" = :1
      AND ev1."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'amount'))::DOUBLE >= :2), FALSE)
      AND COALESCE((STRIP_NULL_VALUE(GET(ev1."properties", 'currency'))::STRING IN (:3, :4)), FALSE)
      AND ev1."time" > (DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP()) + :5)
      AND ev1."time" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())
      AND ev1."entity_id" IS NOT NULL))
  AND (COALESCE((e."created_at" > (DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP()) + :5)
        AND e."created_at" <= DATE_PART(epoch_millisecond, CURRENT_TIMESTAMP())), FALSE)))
ORDER BY 1

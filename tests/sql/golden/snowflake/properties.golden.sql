-- params: [1797336000000,"@example.com","US","DE",18,65,1796731200000,"books","tech","music",1794744000000,"free","purchased",-2592000000,100]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((COALESCE((ENDSWITH(TRANSLATE(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), :2)), FALSE))
  AND (NOT COALESCE((e."country" IN (:3, :4)), FALSE))
  AND (COALESCE((e."age" >= :5
        AND e."age" <= :6), FALSE))
  AND (COALESCE((e."marketing_consent" = TRUE), FALSE))
  AND (COALESCE((e."last_seen_at" > :7
        AND e."last_seen_at" <= :1), FALSE))
  AND (COALESCE((ARRAYS_OVERLAP(TO_ARRAY(e."interests"), ARRAY_CONSTRUCT(:8, :9))), FALSE))
  AND (COALESCE((ARRAY_CONTAINS(TO_VARIANT(:10), TO_ARRAY(e."interests"))), FALSE))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM "property_history" h1
            WHERE h1."entity_type" = 'user'
            AND h1."entity_id" = e."id"
            AND h1."property" = 'plan') THEN (SELECT MAX_BY(STRIP_NULL_VALUE(h2."value")::STRING, h2."valid_from" * 1000000000000000 + COALESCE(h2."seq", 0))
            FROM "property_history" h2
            WHERE h2."entity_type" = 'user'
            AND h2."entity_id" = e."id"
            AND h2."property" = 'plan'
            AND h2."valid_from" <= :11) ELSE e."plan" END) = :12), FALSE))
  AND (COALESCE(((SELECT COALESCE(SUM(ROUND((STRIP_NULL_VALUE(GET(ev3."properties", 'amount'))::DOUBLE * 1000000))), 0) / 1000000.0
          FROM "events" ev3
          WHERE ev3."entity_id" = e."id"
          AND ev3."entity_type" = 'user'
          AND ev3."event" = :13
          AND ev3."time" <= :1
          AND ev3."time" > (:1 + :14)
          AND ev3."time" <= :1) > :15), FALSE)))
ORDER BY 1

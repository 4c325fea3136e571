-- params: [1797336000000,"@example.com","@example.com","@example.com","US","DE",18,65,1796731200000,1797336000000,"books","tech","music",1794744000000,"free","purchased",1797336000000,1797336000000,-2592000000,1797336000000,100]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND ((COALESCE((substr(translate(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), greatest(length(translate(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) - length(?) + 1, 1)) = ?
        AND length(translate(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) >= length(?)), FALSE))
  AND (NOT COALESCE((e."country" IN (?, ?)), FALSE))
  AND (COALESCE((e."age" >= ?
        AND e."age" <= ?), FALSE))
  AND (COALESCE((e."marketing_consent" = TRUE), FALSE))
  AND (COALESCE((e."last_seen_at" > CAST(? AS BIGINT)
        AND e."last_seen_at" <= CAST(? AS BIGINT)), FALSE))
  AND (COALESCE((arrays_overlap(CAST(json_parse(e."interests") AS ARRAY(VARCHAR)), ARRAY[?, ?])), FALSE))
  AND (COALESCE((cardinality(array_except(ARRAY[?], CAST(json_parse(e."interests") AS ARRAY(VARCHAR)))) = 0), FALSE))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM "property_history" h1
            WHERE h1."entity_type" = 'user'
            AND h1."entity_id" = e."id"
            AND h1."property" = 'plan') THEN (SELECT max_by(json_extract_scalar(h2."value", '$'), ROW(h2."valid_from", COALESCE(h2."seq", BIGINT '-9223372036854775808')))
            FROM "property_history" h2
            WHERE h2."entity_type" = 'user'
            AND h2."entity_id" = e."id"
            AND h2."property" = 'plan'
            AND h2."valid_from" <= CAST(? AS BIGINT)) ELSE e."plan" END) = ?), FALSE))
  AND (COALESCE(((SELECT COALESCE(SUM(ROUND((TRY_CAST(json_extract_scalar(ev3."properties", '$["amount"]') AS DOUBLE) * 1000000))), 0) / 1000000.0
          FROM "events" ev3
          WHERE ev3."entity_id" = e."id"
          AND ev3."entity_type" = 'user'
          AND ev3."event" = ?
          AND ev3."time" <= CAST(? AS BIGINT)
          AND ev3."time" > (CAST(? AS BIGINT) + CAST(? AS BIGINT))
          AND ev3."time" <= CAST(? AS BIGINT)) > ?), FALSE)))
ORDER BY 1

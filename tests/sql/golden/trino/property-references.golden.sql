-- params: [1797336000000,604800000,-129600000,1797336000000,1794744000000,"purchased",1797336000000,1797336000000,-2592000000,1797336000000,1797336000000]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND ((COALESCE((e."last_seen_at" < (e."created_at" + CAST(? AS BIGINT))), FALSE))
  AND (COALESCE((e."created_at" > (e."last_seen_at" + CAST(? AS BIGINT))), FALSE))
  AND (COALESCE((translate(e."name", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = translate(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), FALSE))
  AND (NOT COALESCE((e."country" = (CASE WHEN EXISTS (SELECT 1
            FROM "property_history" h1
            WHERE h1."entity_type" = 'user'
            AND h1."entity_id" = e."id"
            AND h1."property" = 'plan') THEN (SELECT max_by(json_extract_scalar(h2."value", '$'), ROW(h2."valid_from", COALESCE(h2."seq", BIGINT '-9223372036854775808')))
            FROM "property_history" h2
            WHERE h2."entity_type" = 'user'
            AND h2."entity_id" = e."id"
            AND h2."property" = 'plan'
            AND h2."valid_from" <= CAST(? AS BIGINT)) ELSE e."plan" END)), FALSE))
  AND (COALESCE((e."marketing_consent" = e."marketing_consent"), FALSE))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM "property_history" h3
            WHERE h3."entity_type" = 'user'
            AND h3."entity_id" = e."id"
            AND h3."property" = 'ltv') THEN (SELECT max_by(TRY_CAST(json_extract_scalar(h4."value", '$') AS DOUBLE), ROW(h4."valid_from", COALESCE(h4."seq", BIGINT '-9223372036854775808')))
            FROM "property_history" h4
            WHERE h4."entity_type" = 'user'
            AND h4."entity_id" = e."id"
            AND h4."property" = 'ltv'
            AND h4."valid_from" <= CAST(? AS BIGINT)) ELSE e."ltv" END) > e."age"), FALSE))
  AND (COALESCE(((SELECT COALESCE(SUM(ROUND((TRY_CAST(json_extract_scalar(ev5."properties", '$["amount"]') AS DOUBLE) * 1000000))), 0) / 1000000.0
          FROM "events" ev5
          WHERE ev5."entity_id" = e."id"
          AND ev5."entity_type" = 'user'
          AND ev5."event" = ?
          AND ev5."time" <= CAST(? AS BIGINT)
          AND ev5."time" > (CAST(? AS BIGINT) + CAST(? AS BIGINT))
          AND ev5."time" <= CAST(? AS BIGINT)) >= (CASE WHEN EXISTS (SELECT 1
            FROM "property_history" h6
            WHERE h6."entity_type" = 'user'
            AND h6."entity_id" = e."id"
            AND h6."property" = 'ltv') THEN (SELECT max_by(TRY_CAST(json_extract_scalar(h7."value", '$') AS DOUBLE), ROW(h7."valid_from", COALESCE(h7."seq", BIGINT '-9223372036854775808')))
            FROM "property_history" h7
            WHERE h7."entity_type" = 'user'
            AND h7."entity_id" = e."id"
            AND h7."property" = 'ltv'
            AND h7."valid_from" <= CAST(? AS BIGINT)) ELSE e."ltv" END)), FALSE)))
ORDER BY 1

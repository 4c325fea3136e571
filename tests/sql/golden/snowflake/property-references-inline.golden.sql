-- params: []
SELECT e."id" AS id
FROM "users" e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h2."entity_id" AS k, 1 AS m, CASE WHEN h2."valid_from" <= 1797336000000 THEN STRIP_NULL_VALUE(h2."value")::STRING END AS v, ROW_NUMBER() OVER (PARTITION BY h2."entity_id"
      ORDER BY CASE WHEN h2."valid_from" <= 1797336000000 THEN 0 ELSE 1 END, h2."valid_from" DESC, CASE WHEN h2."seq" IS NULL THEN 1 ELSE 0 END, h2."seq" DESC) AS n
    FROM "property_history" h2
    WHERE h2."entity_type" = 'user'
    AND h2."property" = 'plan'
    AND h2."entity_id" IS NOT NULL) h2w
  WHERE n = 1) j1 ON j1.k = e."id" LEFT JOIN (SELECT k, m, v
  FROM (SELECT h4."entity_id" AS k, 1 AS m, CASE WHEN h4."valid_from" <= 1794744000000 THEN STRIP_NULL_VALUE(h4."value")::DOUBLE END AS v, ROW_NUMBER() OVER (PARTITION BY h4."entity_id"
      ORDER BY CASE WHEN h4."valid_from" <= 1794744000000 THEN 0 ELSE 1 END, h4."valid_from" DESC, CASE WHEN h4."seq" IS NULL THEN 1 ELSE 0 END, h4."seq" DESC) AS n
    FROM "property_history" h4
    WHERE h4."entity_type" = 'user'
    AND h4."property" = 'ltv'
    AND h4."entity_id" IS NOT NULL) h4w
  WHERE n = 1) j3 ON j3.k = e."id" LEFT JOIN (SELECT ev6."entity_id" AS k, 1 AS m, COALESCE(SUM(ROUND((STRIP_NULL_VALUE(GET(ev6."properties", 'amount'))::DOUBLE * 1000000))), 0) / 1000000e0 AS v
  FROM "events" ev6
  WHERE ev6."entity_type" = 'user'
  AND ev6."event" = 'purchased'
  AND ev6."time" <= 1797336000000
  AND ev6."time" > (1797336000000 + -2592000000)
  AND ev6."time" <= 1797336000000
  AND ev6."entity_id" IS NOT NULL GROUP BY ev6."entity_id") j5 ON j5.k = e."id" LEFT JOIN (SELECT k, m, v
  FROM (SELECT h8."entity_id" AS k, 1 AS m, CASE WHEN h8."valid_from" <= 1797336000000 THEN STRIP_NULL_VALUE(h8."value")::DOUBLE END AS v, ROW_NUMBER() OVER (PARTITION BY h8."entity_id"
      ORDER BY CASE WHEN h8."valid_from" <= 1797336000000 THEN 0 ELSE 1 END, h8."valid_from" DESC, CASE WHEN h8."seq" IS NULL THEN 1 ELSE 0 END, h8."seq" DESC) AS n
    FROM "property_history" h8
    WHERE h8."entity_type" = 'user'
    AND h8."property" = 'ltv'
    AND h8."entity_id" IS NOT NULL) h8w
  WHERE n = 1) j7 ON j7.k = e."id"
WHERE (e."created_at" IS NULL
  OR e."created_at" <= 1797336000000)
AND ((COALESCE((e."last_seen_at" < (e."created_at" + 604800000)), FALSE))
  AND (COALESCE((e."created_at" > (e."last_seen_at" + -129600000)), FALSE))
  AND (COALESCE((TRANSLATE(e."name", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = TRANSLATE(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), FALSE))
  AND (NOT COALESCE((e."country" = (CASE WHEN j1.m = 1 THEN j1.v ELSE e."plan" END)), FALSE))
  AND (COALESCE((e."marketing_consent" = e."marketing_consent"), FALSE))
  AND (COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE e."ltv" END) > e."age"), FALSE))
  AND (COALESCE(((CASE WHEN j5.m = 1 THEN j5.v ELSE 0 END) >= (CASE WHEN j7.m = 1 THEN j7.v ELSE e."ltv" END)), FALSE)))
ORDER BY 1

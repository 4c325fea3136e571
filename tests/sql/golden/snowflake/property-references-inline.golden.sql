-- params: []
SELECT e."id" AS id
FROM "users" e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h1."entity_id" AS k, 1 AS m, CASE WHEN h1."valid_from" <= 1797336000000 THEN STRIP_NULL_VALUE(h1."value")::STRING END AS v, ROW_NUMBER() OVER (PARTITION BY h1."entity_id"
      ORDER BY CASE WHEN h1."valid_from" <= 1797336000000 THEN 0 ELSE 1 END, h1."valid_from" DESC, CASE WHEN h1."seq" IS NULL THEN 1 ELSE 0 END, h1."seq" DESC) AS n
    FROM "property_history" h1
    WHERE h1."entity_type" = 'user'
    AND h1."property" = 'plan'
    AND h1."entity_id" IS NOT NULL) h1w
  WHERE n = 1) j2 ON j2.k = e."id" LEFT JOIN (SELECT k, m, v
  FROM (SELECT h3."entity_id" AS k, 1 AS m, CASE WHEN h3."valid_from" <= 1794744000000 THEN STRIP_NULL_VALUE(h3."value")::DOUBLE END AS v, ROW_NUMBER() OVER (PARTITION BY h3."entity_id"
      ORDER BY CASE WHEN h3."valid_from" <= 1794744000000 THEN 0 ELSE 1 END, h3."valid_from" DESC, CASE WHEN h3."seq" IS NULL THEN 1 ELSE 0 END, h3."seq" DESC) AS n
    FROM "property_history" h3
    WHERE h3."entity_type" = 'user'
    AND h3."property" = 'ltv'
    AND h3."entity_id" IS NOT NULL) h3w
  WHERE n = 1) j4 ON j4.k = e."id" LEFT JOIN (SELECT ev5."entity_id" AS k, 1 AS m, COALESCE(SUM(STRIP_NULL_VALUE(GET(ev5."properties", 'amount'))::DOUBLE), 0) AS v
  FROM "events" ev5
  WHERE ev5."entity_type" = 'user'
  AND ev5."event" = 'purchased'
  AND ev5."time" <= 1797336000000
  AND ev5."time" > (1797336000000 + -2592000000)
  AND ev5."time" <= 1797336000000
  AND ev5."entity_id" IS NOT NULL GROUP BY ev5."entity_id") j6 ON j6.k = e."id" LEFT JOIN (SELECT k, m, v
  FROM (SELECT h7."entity_id" AS k, 1 AS m, CASE WHEN h7."valid_from" <= 1797336000000 THEN STRIP_NULL_VALUE(h7."value")::DOUBLE END AS v, ROW_NUMBER() OVER (PARTITION BY h7."entity_id"
      ORDER BY CASE WHEN h7."valid_from" <= 1797336000000 THEN 0 ELSE 1 END, h7."valid_from" DESC, CASE WHEN h7."seq" IS NULL THEN 1 ELSE 0 END, h7."seq" DESC) AS n
    FROM "property_history" h7
    WHERE h7."entity_type" = 'user'
    AND h7."property" = 'ltv'
    AND h7."entity_id" IS NOT NULL) h7w
  WHERE n = 1) j8 ON j8.k = e."id"
WHERE (e."created_at" IS NULL
  OR e."created_at" <= 1797336000000)
AND ((COALESCE((e."last_seen_at" < (e."created_at" + 604800000)), FALSE))
  AND (COALESCE((e."created_at" > (e."last_seen_at" + -129600000)), FALSE))
  AND (COALESCE((TRANSLATE(e."name", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') = TRANSLATE(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')), FALSE))
  AND (NOT COALESCE((e."country" = (CASE WHEN j2.m = 1 THEN j2.v ELSE e."plan" END)), FALSE))
  AND (COALESCE((e."marketing_consent" = e."marketing_consent"), FALSE))
  AND (COALESCE(((CASE WHEN j4.m = 1 THEN j4.v ELSE e."ltv" END) > e."age"), FALSE))
  AND (COALESCE(((CASE WHEN j6.m = 1 THEN j6.v ELSE 0 END) >= (CASE WHEN j8.m = 1 THEN j8.v ELSE e."ltv" END)), FALSE)))
ORDER BY 1

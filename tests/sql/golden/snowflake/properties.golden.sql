-- params: [1794744000000,"purchased",1797336000000,-2592000000,"@example.com","US","DE",18,65,1796731200000,"books","tech","music","free",100]
SELECT e."id" AS id
FROM "users" e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h2."entity_id" AS k, 1 AS m, CASE WHEN h2."valid_from" <= :1 THEN STRIP_NULL_VALUE(h2."value")::STRING END AS v, ROW_NUMBER() OVER (PARTITION BY h2."entity_id"
      ORDER BY CASE WHEN h2."valid_from" <= :1 THEN 0 ELSE 1 END, h2."valid_from" DESC, CASE WHEN h2."seq" IS NULL THEN 1 ELSE 0 END, h2."seq" DESC) AS n
    FROM "property_history" h2
    WHERE h2."entity_type" = 'user'
    AND h2."property" = 'plan'
    AND h2."entity_id" IS NOT NULL) h2w
  WHERE n = 1) j1 ON j1.k = e."id" LEFT JOIN (SELECT ev4."entity_id" AS k, 1 AS m, COALESCE(SUM(ROUND((STRIP_NULL_VALUE(GET(ev4."properties", 'amount'))::DOUBLE * 1000000))), 0) / 1000000e0 AS v
  FROM "events" ev4
  WHERE ev4."entity_type" = 'user'
  AND ev4."event" = :2
  AND ev4."time" <= :3
  AND ev4."time" > (:3 + :4)
  AND ev4."time" <= :3
  AND ev4."entity_id" IS NOT NULL GROUP BY ev4."entity_id") j3 ON j3.k = e."id"
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :3)
AND ((COALESCE((ENDSWITH(TRANSLATE(e."email", 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), :5)), FALSE))
  AND (NOT COALESCE((e."country" IN (:6, :7)), FALSE))
  AND (COALESCE((e."age" >= :8
        AND e."age" <= :9), FALSE))
  AND (COALESCE((e."marketing_consent" = TRUE), FALSE))
  AND (COALESCE((e."last_seen_at" > :10
        AND e."last_seen_at" <= :3), FALSE))
  AND (COALESCE((ARRAYS_OVERLAP(TO_ARRAY(e."interests"), ARRAY_CONSTRUCT(:11, :12))), FALSE))
  AND (COALESCE((ARRAY_CONTAINS(TO_VARIANT(:13), TO_ARRAY(e."interests"))), FALSE))
  AND (COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE e."plan" END) = :14), FALSE))
  AND (COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE 0 END) > :15), FALSE)))
ORDER BY 1

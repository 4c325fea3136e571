-- params: ["viewed_product",1797336000000,1796731200000,-2592000000,"Shoes","A","shoes","hats","Toys"]
SELECT e."id" AS id
FROM "users" e LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k
      ORDER BY n DESC, v) AS rn
    FROM (SELECT ev2."entity_id" AS k, MIN(STRIP_NULL_VALUE(GET(ev2."properties", 'category'))::STRING) AS v, COUNT(*) AS n
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" = :1
      AND ev2."time" <= :2
      AND ev2."time" <= :2
      AND ev2."entity_id" IS NOT NULL
      AND STRIP_NULL_VALUE(GET(ev2."properties", 'category'))::STRING IS NOT NULL GROUP BY ev2."entity_id", STRIP_NULL_VALUE(GET(ev2."properties", 'category'))::STRING) g) r
  WHERE rn = 1) j1 ON j1.k = e."id" LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT ev4."entity_id" AS k, STRIP_NULL_VALUE(GET(ev4."properties", 'product'))::STRING AS v, ROW_NUMBER() OVER (PARTITION BY ev4."entity_id"
      ORDER BY ev4."time" DESC, STRIP_NULL_VALUE(GET(ev4."properties", 'product'))::STRING) AS rn
    FROM "events" ev4
    WHERE ev4."entity_type" = 'user'
    AND ev4."event" = :1
    AND ev4."time" <= :3
    AND ev4."time" > (:3 + :4)
    AND ev4."time" <= :3
    AND ev4."entity_id" IS NOT NULL
    AND STRIP_NULL_VALUE(GET(ev4."properties", 'product'))::STRING IS NOT NULL) r
  WHERE rn = 1) j3 ON j3.k = e."id"
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :2)
AND ((COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE NULL END) = :5), FALSE))
  AND (NOT COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE NULL END) = :6), FALSE))
  AND (e."id" IN (SELECT ev5."entity_id"
      FROM "events" ev5
      WHERE ev5."entity_type" = 'user'
      AND ev5."event" = :1
      AND ev5."time" <= :2
      AND ev5."time" <= :2
      AND ev5."entity_id" IS NOT NULL
      AND STRIP_NULL_VALUE(GET(ev5."properties", 'category'))::STRING IS NOT NULL
      AND COALESCE((TRANSLATE(STRIP_NULL_VALUE(GET(ev5."properties", 'category'))::STRING, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') IN (:7, :8)), FALSE) GROUP BY ev5."entity_id"
      HAVING COUNT(DISTINCT TRANSLATE(STRIP_NULL_VALUE(GET(ev5."properties", 'category'))::STRING, 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) = 2))
  AND (NOT (e."id" IN (SELECT ev6."entity_id"
        FROM "events" ev6
        WHERE ev6."entity_type" = 'user'
        AND ev6."event" = :1
        AND ev6."time" <= :2
        AND ev6."time" <= :2
        AND ev6."entity_id" IS NOT NULL
        AND STRIP_NULL_VALUE(GET(ev6."properties", 'category'))::STRING IS NOT NULL
        AND COALESCE((STRIP_NULL_VALUE(GET(ev6."properties", 'category'))::STRING IN (:9)), FALSE)))))
ORDER BY 1

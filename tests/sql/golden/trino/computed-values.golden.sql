-- params: ["viewed_product",1797336000000,1797336000000,"viewed_product",1796731200000,1796731200000,-2592000000,1796731200000,1797336000000,"Shoes","A","viewed_product",1797336000000,1797336000000,"shoes","hats","viewed_product",1797336000000,1797336000000,"Toys"]
SELECT e."id" AS id
FROM "users" e LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k
      ORDER BY n DESC, v) AS rn
    FROM (SELECT ev2."entity_id" AS k, MIN(json_extract_scalar(ev2."properties", '$["category"]')) AS v, COUNT(*) AS n
      FROM "events" ev2
      WHERE ev2."entity_type" = 'user'
      AND ev2."event" = ?
      AND ev2."time" <= CAST(? AS BIGINT)
      AND ev2."time" <= CAST(? AS BIGINT)
      AND ev2."entity_id" IS NOT NULL
      AND json_extract_scalar(ev2."properties", '$["category"]') IS NOT NULL GROUP BY ev2."entity_id", json_extract_scalar(ev2."properties", '$["category"]')) g) r
  WHERE rn = 1) j1 ON j1.k = e."id" LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT ev4."entity_id" AS k, json_extract_scalar(ev4."properties", '$["product"]') AS v, ROW_NUMBER() OVER (PARTITION BY ev4."entity_id"
      ORDER BY ev4."time" DESC, json_extract_scalar(ev4."properties", '$["product"]')) AS rn
    FROM "events" ev4
    WHERE ev4."entity_type" = 'user'
    AND ev4."event" = ?
    AND ev4."time" <= CAST(? AS BIGINT)
    AND ev4."time" > (CAST(? AS BIGINT) + CAST(? AS BIGINT))
    AND ev4."time" <= CAST(? AS BIGINT)
    AND ev4."entity_id" IS NOT NULL
    AND json_extract_scalar(ev4."properties", '$["product"]') IS NOT NULL) r
  WHERE rn = 1) j3 ON j3.k = e."id"
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND ((COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE NULL END) = ?), FALSE))
  AND (NOT COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE NULL END) = ?), FALSE))
  AND (e."id" IN (SELECT ev5."entity_id"
      FROM "events" ev5
      WHERE ev5."entity_type" = 'user'
      AND ev5."event" = ?
      AND ev5."time" <= CAST(? AS BIGINT)
      AND ev5."time" <= CAST(? AS BIGINT)
      AND ev5."entity_id" IS NOT NULL
      AND json_extract_scalar(ev5."properties", '$["category"]') IS NOT NULL
      AND COALESCE((translate(json_extract_scalar(ev5."properties", '$["category"]'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz') IN (?, ?)), FALSE) GROUP BY ev5."entity_id"
      HAVING COUNT(DISTINCT translate(json_extract_scalar(ev5."properties", '$["category"]'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz')) = 2))
  AND (NOT (e."id" IN (SELECT ev6."entity_id"
        FROM "events" ev6
        WHERE ev6."entity_type" = 'user'
        AND ev6."event" = ?
        AND ev6."time" <= CAST(? AS BIGINT)
        AND ev6."time" <= CAST(? AS BIGINT)
        AND ev6."entity_id" IS NOT NULL
        AND json_extract_scalar(ev6."properties", '$["category"]') IS NOT NULL
        AND COALESCE((json_extract_scalar(ev6."properties", '$["category"]') IN (?)), FALSE)))))
ORDER BY 1

-- params: ["viewed_product",1797336000000,1797336000000,"viewed_product",1796731200000,1796731200000,-2592000000,1796731200000,1797336000000,"Shoes","A","viewed_product",1797336000000,1797336000000,"shoes","hats","viewed_product",1797336000000,1797336000000,"Toys"]
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT k, v, ROW_NUMBER() OVER (PARTITION BY k
      ORDER BY n DESC, CAST(v AS BINARY)) AS rn
    FROM (SELECT ev2.`entity_id` AS k, MIN(JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."category"') END)) AS v, COUNT(*) AS n
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = ?
      AND ev2.`time` <= ?
      AND ev2.`time` <= ?
      AND ev2.`entity_id` IS NOT NULL
      AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."category"') END) IS NOT NULL GROUP BY ev2.`entity_id`, CAST(JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."category"') END) AS BINARY)) g) r
  WHERE rn = 1) j1 ON j1.k = e.`id` LEFT JOIN (SELECT k, 1 AS m, v
  FROM (SELECT ev4.`entity_id` AS k, JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev4.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev4.`properties`, '$."product"') END) AS v, ROW_NUMBER() OVER (PARTITION BY ev4.`entity_id`
      ORDER BY ev4.`time` DESC, CAST(JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev4.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev4.`properties`, '$."product"') END) AS BINARY)) AS rn
    FROM `events` ev4
    WHERE ev4.`entity_type` = 'user'
    AND ev4.`event` = ?
    AND ev4.`time` <= ?
    AND ev4.`time` > (? + ?)
    AND ev4.`time` <= ?
    AND ev4.`entity_id` IS NOT NULL
    AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev4.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev4.`properties`, '$."product"') END) IS NOT NULL) r
  WHERE rn = 1) j3 ON j3.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE NULL END) = ?), FALSE))
  AND (NOT COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE NULL END) = ?), FALSE))
  AND (e.`id` IN (SELECT ev5.`entity_id`
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`event` = ?
      AND ev5.`time` <= ?
      AND ev5.`time` <= ?
      AND ev5.`entity_id` IS NOT NULL
      AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev5.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev5.`properties`, '$."category"') END) IS NOT NULL
      AND COALESCE((REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev5.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev5.`properties`, '$."category"') END), 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z') IN (?, ?)), FALSE) GROUP BY ev5.`entity_id`
      HAVING COUNT(DISTINCT REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev5.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev5.`properties`, '$."category"') END), 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z')) = 2))
  AND (NOT (e.`id` IN (SELECT ev6.`entity_id`
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`event` = ?
        AND ev6.`time` <= ?
        AND ev6.`time` <= ?
        AND ev6.`entity_id` IS NOT NULL
        AND JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."category"') END) IS NOT NULL
        AND COALESCE((JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."category"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."category"') END) IN (?)), FALSE)))))
ORDER BY 1

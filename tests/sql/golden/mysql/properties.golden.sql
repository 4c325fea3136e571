-- params: [1794744000000,1794744000000,"purchased",1797336000000,1797336000000,-2592000000,1797336000000,1797336000000,"@example.com","@example.com","US","DE",18,65,1796731200000,1797336000000,"books","tech","music","free",100]
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h2.`entity_id` AS k, 1 AS m, CASE WHEN h2.`valid_from` <= ? THEN JSON_UNQUOTE(CASE WHEN JSON_TYPE(h2.`value`) = 'NULL' THEN NULL ELSE h2.`value` END) END AS v, ROW_NUMBER() OVER (PARTITION BY h2.`entity_id`
      ORDER BY CASE WHEN h2.`valid_from` <= ? THEN 0 ELSE 1 END, h2.`valid_from` DESC, CASE WHEN h2.`seq` IS NULL THEN 1 ELSE 0 END, h2.`seq` DESC) AS n
    FROM `property_history` h2
    WHERE h2.`entity_type` = 'user'
    AND h2.`property` = 'plan'
    AND h2.`entity_id` IS NOT NULL) h2w
  WHERE n = 1) j1 ON j1.k = e.`id` LEFT JOIN (SELECT ev4.`entity_id` AS k, 1 AS m, COALESCE(SUM(CASE WHEN (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev4.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev4.`properties`, '$."amount"') END AS DOUBLE) * 1000000) < 0 THEN -FLOOR(0.5 - (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev4.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev4.`properties`, '$."amount"') END AS DOUBLE) * 1000000)) ELSE FLOOR((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev4.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev4.`properties`, '$."amount"') END AS DOUBLE) * 1000000) + 0.5) END), 0) / 1000000e0 AS v
  FROM `events` ev4
  WHERE ev4.`entity_type` = 'user'
  AND ev4.`event` = ?
  AND ev4.`time` <= ?
  AND ev4.`time` > (? + ?)
  AND ev4.`time` <= ?
  AND ev4.`entity_id` IS NOT NULL GROUP BY ev4.`entity_id`) j3 ON j3.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((COALESCE((RIGHT(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(e.`email`, 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z'), CHAR_LENGTH(?)) = ?), FALSE))
  AND (NOT COALESCE((e.`country` IN (?, ?)), FALSE))
  AND (COALESCE((e.`age` >= ?
        AND e.`age` <= ?), FALSE))
  AND (COALESCE((e.`marketing_consent` = TRUE), FALSE))
  AND (COALESCE((e.`last_seen_at` > ?
        AND e.`last_seen_at` <= ?), FALSE))
  AND (COALESCE((JSON_OVERLAPS(e.`interests`, JSON_ARRAY(?, ?))), FALSE))
  AND (COALESCE((JSON_CONTAINS(e.`interests`, JSON_ARRAY(?))), FALSE))
  AND (COALESCE(((CASE WHEN j1.m = 1 THEN j1.v ELSE e.`plan` END) = ?), FALSE))
  AND (COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE 0 END) > ?), FALSE)))
ORDER BY 1

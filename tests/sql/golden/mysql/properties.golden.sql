-- params: [1794744000000,1794744000000,"purchased",1797336000000,1797336000000,-2592000000,1797336000000,1797336000000,"@example.com","@example.com","US","DE",18,65,1796731200000,1797336000000,"books","tech","music","free",100]
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h1.`entity_id` AS k, 1 AS m, CASE WHEN h1.`valid_from` <= ? THEN JSON_UNQUOTE(CASE WHEN JSON_TYPE(h1.`value`) = 'NULL' THEN NULL ELSE h1.`value` END) END AS v, ROW_NUMBER() OVER (PARTITION BY h1.`entity_id`
      ORDER BY CASE WHEN h1.`valid_from` <= ? THEN 0 ELSE 1 END, h1.`valid_from` DESC, CASE WHEN h1.`seq` IS NULL THEN 1 ELSE 0 END, h1.`seq` DESC) AS n
    FROM `property_history` h1
    WHERE h1.`entity_type` = 'user'
    AND h1.`property` = 'plan'
    AND h1.`entity_id` IS NOT NULL) h1w
  WHERE n = 1) j2 ON j2.k = e.`id` LEFT JOIN (SELECT ev3.`entity_id` AS k, 1 AS m, COALESCE(SUM(CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."amount"') END AS DOUBLE)), 0) AS v
  FROM `events` ev3
  WHERE ev3.`entity_type` = 'user'
  AND ev3.`event` = ?
  AND ev3.`time` <= ?
  AND ev3.`time` > (? + ?)
  AND ev3.`time` <= ?
  AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`) j4 ON j4.k = e.`id`
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
  AND (COALESCE(((CASE WHEN j2.m = 1 THEN j2.v ELSE e.`plan` END) = ?), FALSE))
  AND (COALESCE(((CASE WHEN j4.m = 1 THEN j4.v ELSE 0 END) > ?), FALSE)))
ORDER BY 1

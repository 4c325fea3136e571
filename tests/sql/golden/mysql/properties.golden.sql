-- params: [1797336000000,"@example.com","@example.com","US","DE",18,65,1796731200000,1797336000000,"books","tech","music",1794744000000,"free","purchased",1797336000000,1797336000000,-2592000000,1797336000000,100]
SELECT e.`id` AS id
FROM `users` e
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
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h1
            WHERE h1.`entity_type` = 'user'
            AND h1.`entity_id` = e.`id`
            AND h1.`property` = 'plan') THEN (SELECT JSON_UNQUOTE(CASE WHEN JSON_TYPE(h2.`value`) = 'NULL' THEN NULL ELSE h2.`value` END)
            FROM `property_history` h2
            WHERE h2.`entity_type` = 'user'
            AND h2.`entity_id` = e.`id`
            AND h2.`property` = 'plan'
            AND h2.`valid_from` <= ?
            ORDER BY h2.`valid_from` DESC, h2.`seq` DESC LIMIT 1) ELSE e.`plan` END) = ?), FALSE))
  AND (COALESCE(((SELECT COALESCE(SUM(CASE WHEN (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."amount"') END AS DOUBLE) * 1000000) < 0 THEN -FLOOR(0.5 - (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."amount"') END AS DOUBLE) * 1000000)) ELSE FLOOR((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."amount"') END AS DOUBLE) * 1000000) + 0.5) END), 0) / 1000000.0
          FROM `events` ev3
          WHERE ev3.`entity_id` = e.`id`
          AND ev3.`entity_type` = 'user'
          AND ev3.`event` = ?
          AND ev3.`time` <= ?
          AND ev3.`time` > (? + ?)
          AND ev3.`time` <= ?) > ?), FALSE)))
ORDER BY 1

-- params: []
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= 1797336000000)
AND ((COALESCE((e.`last_seen_at` < (e.`created_at` + 604800000)), FALSE))
  AND (COALESCE((e.`created_at` > (e.`last_seen_at` + -129600000)), FALSE))
  AND (COALESCE((REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(e.`name`, 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z') = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(e.`email`, 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z')), FALSE))
  AND (NOT COALESCE((e.`country` = (CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h1
            WHERE h1.`entity_type` = 'user'
            AND h1.`entity_id` = e.`id`
            AND h1.`property` = 'plan') THEN (SELECT JSON_UNQUOTE(CASE WHEN JSON_TYPE(h2.`value`) = 'NULL' THEN NULL ELSE h2.`value` END)
            FROM `property_history` h2
            WHERE h2.`entity_type` = 'user'
            AND h2.`entity_id` = e.`id`
            AND h2.`property` = 'plan'
            AND h2.`valid_from` <= 1797336000000
            ORDER BY h2.`valid_from` DESC, h2.`seq` DESC LIMIT 1) ELSE e.`plan` END)), FALSE))
  AND (COALESCE((e.`marketing_consent` = e.`marketing_consent`), FALSE))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h3
            WHERE h3.`entity_type` = 'user'
            AND h3.`entity_id` = e.`id`
            AND h3.`property` = 'ltv') THEN (SELECT CAST(CASE WHEN JSON_TYPE(h4.`value`) = 'NULL' THEN NULL ELSE h4.`value` END AS DOUBLE)
            FROM `property_history` h4
            WHERE h4.`entity_type` = 'user'
            AND h4.`entity_id` = e.`id`
            AND h4.`property` = 'ltv'
            AND h4.`valid_from` <= 1794744000000
            ORDER BY h4.`valid_from` DESC, h4.`seq` DESC LIMIT 1) ELSE e.`ltv` END) > e.`age`), FALSE))
  AND (COALESCE(((SELECT COALESCE(SUM(CASE WHEN (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev5.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev5.`properties`, '$."amount"') END AS DOUBLE) * 1000000) < 0 THEN -FLOOR(0.5 - (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev5.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev5.`properties`, '$."amount"') END AS DOUBLE) * 1000000)) ELSE FLOOR((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev5.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev5.`properties`, '$."amount"') END AS DOUBLE) * 1000000) + 0.5) END), 0) / 1000000.0
          FROM `events` ev5
          WHERE ev5.`entity_id` = e.`id`
          AND ev5.`entity_type` = 'user'
          AND ev5.`event` = 'purchased'
          AND ev5.`time` <= 1797336000000
          AND ev5.`time` > (1797336000000 + -2592000000)
          AND ev5.`time` <= 1797336000000) >= (CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h6
            WHERE h6.`entity_type` = 'user'
            AND h6.`entity_id` = e.`id`
            AND h6.`property` = 'ltv') THEN (SELECT CAST(CASE WHEN JSON_TYPE(h7.`value`) = 'NULL' THEN NULL ELSE h7.`value` END AS DOUBLE)
            FROM `property_history` h7
            WHERE h7.`entity_type` = 'user'
            AND h7.`entity_id` = e.`id`
            AND h7.`property` = 'ltv'
            AND h7.`valid_from` <= 1797336000000
            ORDER BY h7.`valid_from` DESC, h7.`seq` DESC LIMIT 1) ELSE e.`ltv` END)), FALSE)))
ORDER BY 1

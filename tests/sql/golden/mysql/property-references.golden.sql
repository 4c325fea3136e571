-- params: [1797336000000,1797336000000,1794744000000,1794744000000,"purchased",1797336000000,1797336000000,-2592000000,1797336000000,1797336000000,1797336000000,1797336000000,604800000,-129600000]
SELECT e.`id` AS id
FROM `users` e LEFT JOIN (SELECT k, m, v
  FROM (SELECT h2.`entity_id` AS k, 1 AS m, CASE WHEN h2.`valid_from` <= ? THEN JSON_UNQUOTE(CASE WHEN JSON_TYPE(h2.`value`) = 'NULL' THEN NULL ELSE h2.`value` END) END AS v, ROW_NUMBER() OVER (PARTITION BY h2.`entity_id`
      ORDER BY CASE WHEN h2.`valid_from` <= ? THEN 0 ELSE 1 END, h2.`valid_from` DESC, CASE WHEN h2.`seq` IS NULL THEN 1 ELSE 0 END, h2.`seq` DESC) AS n
    FROM `property_history` h2
    WHERE h2.`entity_type` = 'user'
    AND h2.`property` = 'plan'
    AND h2.`entity_id` IS NOT NULL) h2w
  WHERE n = 1) j1 ON j1.k = e.`id` LEFT JOIN (SELECT k, m, v
  FROM (SELECT h4.`entity_id` AS k, 1 AS m, CASE WHEN h4.`valid_from` <= ? THEN CAST(CASE WHEN JSON_TYPE(h4.`value`) = 'NULL' THEN NULL ELSE h4.`value` END AS DOUBLE) END AS v, ROW_NUMBER() OVER (PARTITION BY h4.`entity_id`
      ORDER BY CASE WHEN h4.`valid_from` <= ? THEN 0 ELSE 1 END, h4.`valid_from` DESC, CASE WHEN h4.`seq` IS NULL THEN 1 ELSE 0 END, h4.`seq` DESC) AS n
    FROM `property_history` h4
    WHERE h4.`entity_type` = 'user'
    AND h4.`property` = 'ltv'
    AND h4.`entity_id` IS NOT NULL) h4w
  WHERE n = 1) j3 ON j3.k = e.`id` LEFT JOIN (SELECT ev6.`entity_id` AS k, 1 AS m, COALESCE(SUM(CASE WHEN (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."amount"') END AS DOUBLE) * 1000000) < 0 THEN -FLOOR(0.5 - (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."amount"') END AS DOUBLE) * 1000000)) ELSE FLOOR((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev6.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev6.`properties`, '$."amount"') END AS DOUBLE) * 1000000) + 0.5) END), 0) / 1000000e0 AS v
  FROM `events` ev6
  WHERE ev6.`entity_type` = 'user'
  AND ev6.`event` = ?
  AND ev6.`time` <= ?
  AND ev6.`time` > (? + ?)
  AND ev6.`time` <= ?
  AND ev6.`entity_id` IS NOT NULL GROUP BY ev6.`entity_id`) j5 ON j5.k = e.`id` LEFT JOIN (SELECT k, m, v
  FROM (SELECT h8.`entity_id` AS k, 1 AS m, CASE WHEN h8.`valid_from` <= ? THEN CAST(CASE WHEN JSON_TYPE(h8.`value`) = 'NULL' THEN NULL ELSE h8.`value` END AS DOUBLE) END AS v, ROW_NUMBER() OVER (PARTITION BY h8.`entity_id`
      ORDER BY CASE WHEN h8.`valid_from` <= ? THEN 0 ELSE 1 END, h8.`valid_from` DESC, CASE WHEN h8.`seq` IS NULL THEN 1 ELSE 0 END, h8.`seq` DESC) AS n
    FROM `property_history` h8
    WHERE h8.`entity_type` = 'user'
    AND h8.`property` = 'ltv'
    AND h8.`entity_id` IS NOT NULL) h8w
  WHERE n = 1) j7 ON j7.k = e.`id`
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((COALESCE((e.`last_seen_at` < (e.`created_at` + ?)), FALSE))
  AND (COALESCE((e.`created_at` > (e.`last_seen_at` + ?)), FALSE))
  AND (COALESCE((REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(e.`name`, 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z') = REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(e.`email`, 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z')), FALSE))
  AND (NOT COALESCE((e.`country` = (CASE WHEN j1.m = 1 THEN j1.v ELSE e.`plan` END)), FALSE))
  AND (COALESCE((e.`marketing_consent` = e.`marketing_consent`), FALSE))
  AND (COALESCE(((CASE WHEN j3.m = 1 THEN j3.v ELSE e.`ltv` END) > e.`age`), FALSE))
  AND (COALESCE(((CASE WHEN j5.m = 1 THEN j5.v ELSE 0 END) >= (CASE WHEN j7.m = 1 THEN j7.v ELSE e.`ltv` END)), FALSE)))
ORDER BY 1

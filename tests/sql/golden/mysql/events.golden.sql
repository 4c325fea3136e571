-- params: [1797336000000,"purchased",1797336000000,10,"USD","EUR",1794744000000,1797336000000,"purchased",1797336000000,1792152000000,1794744000000,20,200,"viewed_product",1797336000000,1797336000000,3,"opened_app",1797336000000,1795737600000,1796342400000,1797336000000,5,"purchased",1797336000000,1796731200000,1797336000000,"opened_app",1797336000000,1793534400000,1796126400000,"opened_app",1797336000000,1796126400000,1797336000000,"opened_app",1797336000000,1794916800000,1797336000000,604800000,3]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = ?
      AND ev1.`time` <= ?
      AND COALESCE((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev1.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev1.`properties`, '$."amount"') END AS DOUBLE) >= ?), FALSE)
      AND COALESCE((JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev1.`properties`, '$."currency"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev1.`properties`, '$."currency"') END) IN (?, ?)), FALSE)
      AND ev1.`time` > ?
      AND ev1.`time` <= ?
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = ?
      AND ev2.`time` <= ?
      AND ev2.`time` > ?
      AND ev2.`time` <= ?
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((SUM(CASE WHEN (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE) * 1000000) < 0 THEN -FLOOR(0.5 - (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE) * 1000000)) ELSE FLOOR((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE) * 1000000) + 0.5) END) / (NULLIF(COUNT(CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE)), 0) * 1000000e0) >= ?
          AND SUM(CASE WHEN (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE) * 1000000) < 0 THEN -FLOOR(0.5 - (CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE) * 1000000)) ELSE FLOOR((CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE) * 1000000) + 0.5) END) / (NULLIF(COUNT(CAST(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev2.`properties`, '$."amount"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev2.`properties`, '$."amount"') END AS DOUBLE)), 0) * 1000000e0) <= ?), FALSE)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = ?
      AND ev3.`time` <= ?
      AND ev3.`time` <= ?
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT CAST(CONCAT(JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."product"')), ':', JSON_UNQUOTE(CASE WHEN JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."product"')) = 'NULL' THEN NULL ELSE JSON_EXTRACT(ev3.`properties`, '$."product"') END)) AS BINARY)) >= ?), FALSE)))
  AND (e.`id` IN (SELECT ev4.`entity_id`
      FROM `events` ev4
      WHERE ev4.`entity_type` = 'user'
      AND ev4.`event` = ?
      AND ev4.`time` <= ?
      AND ev4.`time` >= ?
      AND ev4.`time` < ?
      AND ev4.`time` <= ?
      AND ev4.`entity_id` IS NOT NULL GROUP BY ev4.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT FLOOR(ev4.`time` / 86400000)) >= ?), FALSE)))
  AND (e.`id` IN (SELECT ev5.`entity_id`
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`event` = ?
      AND ev5.`time` <= ?
      AND ev5.`entity_id` IS NOT NULL GROUP BY ev5.`entity_id`
      HAVING MIN(ev5.`time`) > ?
      AND MIN(ev5.`time`) <= ?))
  AND ((e.`id` IN (SELECT ev6.`entity_id`
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`event` = ?
        AND ev6.`time` <= ?
        AND ev6.`time` > ?
        AND ev6.`time` <= ?
        AND ev6.`entity_id` IS NOT NULL)
      AND NOT (e.`id` IN (SELECT ev7.`entity_id`
          FROM `events` ev7
          WHERE ev7.`entity_type` = 'user'
          AND ev7.`event` = ?
          AND ev7.`time` <= ?
          AND ev7.`time` > ?
          AND ev7.`time` <= ?
          AND ev7.`entity_id` IS NOT NULL))))
  AND (e.`id` IN (SELECT ev8.`entity_id`
      FROM `events` ev8
      WHERE ev8.`entity_type` = 'user'
      AND ev8.`event` = ?
      AND ev8.`time` <= ?
      AND ev8.`time` > ?
      AND ev8.`entity_id` IS NOT NULL GROUP BY ev8.`entity_id`
      HAVING COUNT(DISTINCT FLOOR((? - ev8.`time`) / ?)) >= ?)))
ORDER BY 1

-- params: [1797336000000,"purchased",1797336000000,10,"USD","EUR",1794744000000,1797336000000,"purchased",1797336000000,1792152000000,1794744000000,20,"purchased",1797336000000,1792152000000,1794744000000,200,"viewed_product",1797336000000,1797336000000,3,"opened_app",1797336000000,1795737600000,1796342400000,1797336000000,5,"purchased",1797336000000,1796731200000,1797336000000,"opened_app",1797336000000,1793534400000,1796126400000,"opened_app",1797336000000,1796126400000,1797336000000,1797336000000,604800000,"opened_app",1797336000000,1794916800000,3]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((EXISTS (SELECT 1
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`entity_id` = e.`id`
      AND ev1.`event` = ?
      AND ev1.`time` <= ?
      AND COALESCE((CAST(NULLIF(JSON_EXTRACT(ev1.`properties`, '$."amount"'), CAST('null' AS JSON)) AS DOUBLE) >= ?), FALSE)
      AND COALESCE((JSON_UNQUOTE(NULLIF(JSON_EXTRACT(ev1.`properties`, '$."currency"'), CAST('null' AS JSON))) IN (?, ?)), FALSE)
      AND ev1.`time` > ?
      AND ev1.`time` <= ?))
  AND (COALESCE(((SELECT AVG(CAST(NULLIF(JSON_EXTRACT(ev2.`properties`, '$."amount"'), CAST('null' AS JSON)) AS DOUBLE))
          FROM `events` ev2
          WHERE ev2.`entity_type` = 'user'
          AND ev2.`entity_id` = e.`id`
          AND ev2.`event` = ?
          AND ev2.`time` <= ?
          AND ev2.`time` > ?
          AND ev2.`time` <= ?) >= ?
        AND (SELECT AVG(CAST(NULLIF(JSON_EXTRACT(ev2.`properties`, '$."amount"'), CAST('null' AS JSON)) AS DOUBLE))
          FROM `events` ev2
          WHERE ev2.`entity_type` = 'user'
          AND ev2.`entity_id` = e.`id`
          AND ev2.`event` = ?
          AND ev2.`time` <= ?
          AND ev2.`time` > ?
          AND ev2.`time` <= ?) <= ?), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT CONCAT(JSON_TYPE(JSON_EXTRACT(ev3.`properties`, '$."product"')), ':', JSON_UNQUOTE(NULLIF(JSON_EXTRACT(ev3.`properties`, '$."product"'), CAST('null' AS JSON)))))
          FROM `events` ev3
          WHERE ev3.`entity_type` = 'user'
          AND ev3.`entity_id` = e.`id`
          AND ev3.`event` = ?
          AND ev3.`time` <= ?
          AND ev3.`time` <= ?) >= ?), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT (ev4.`time` DIV 86400000))
          FROM `events` ev4
          WHERE ev4.`entity_type` = 'user'
          AND ev4.`entity_id` = e.`id`
          AND ev4.`event` = ?
          AND ev4.`time` <= ?
          AND ev4.`time` >= ?
          AND ev4.`time` < ?
          AND ev4.`time` <= ?) >= ?), FALSE))
  AND (EXISTS (SELECT MIN(ev5.`time`)
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`entity_id` = e.`id`
      AND ev5.`event` = ?
      AND ev5.`time` <= ?
      HAVING MIN(ev5.`time`) > ?
      AND MIN(ev5.`time`) <= ?))
  AND ((EXISTS (SELECT 1
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`entity_id` = e.`id`
        AND ev6.`event` = ?
        AND ev6.`time` <= ?
        AND ev6.`time` > ?
        AND ev6.`time` <= ?)
      AND NOT EXISTS (SELECT 1
        FROM `events` ev7
        WHERE ev7.`entity_type` = 'user'
        AND ev7.`entity_id` = e.`id`
        AND ev7.`event` = ?
        AND ev7.`time` <= ?
        AND ev7.`time` > ?
        AND ev7.`time` <= ?)))
  AND (COALESCE(((SELECT COUNT(DISTINCT ((? - ev8.`time`) DIV ?))
          FROM `events` ev8
          WHERE ev8.`entity_type` = 'user'
          AND ev8.`entity_id` = e.`id`
          AND ev8.`event` = ?
          AND ev8.`time` <= ?
          AND ev8.`time` > ?) >= ?), FALSE)))
ORDER BY 1

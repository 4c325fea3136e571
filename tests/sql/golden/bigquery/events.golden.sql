-- params: {"p1":1797336000000,"p2":"purchased","p3":10,"p4":"USD","p5":"EUR","p6":1794744000000,"p7":1792152000000,"p8":20,"p9":200,"p10":"viewed_product","p11":3,"p12":"opened_app","p13":1795737600000,"p14":1796342400000,"p15":5,"p16":1796731200000,"p17":1793534400000,"p18":1796126400000,"p19":1794916800000,"p20":604800000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = @p2
      AND ev1.`time` <= @p1
      AND COALESCE((CAST(JSON_VALUE(ev1.`properties`, '$."amount"') AS FLOAT64) >= @p3), FALSE)
      AND COALESCE((JSON_VALUE(ev1.`properties`, '$."currency"') IN (@p4, @p5)), FALSE)
      AND ev1.`time` > @p6
      AND ev1.`time` <= @p1
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = @p2
      AND ev2.`time` <= @p1
      AND ev2.`time` > @p7
      AND ev2.`time` <= @p6
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((SUM(ROUND((CAST(JSON_VALUE(ev2.`properties`, '$."amount"') AS FLOAT64) * 1000000))) / (NULLIF(COUNT(CAST(JSON_VALUE(ev2.`properties`, '$."amount"') AS FLOAT64)), 0) * 1000000e0) >= @p8
          AND SUM(ROUND((CAST(JSON_VALUE(ev2.`properties`, '$."amount"') AS FLOAT64) * 1000000))) / (NULLIF(COUNT(CAST(JSON_VALUE(ev2.`properties`, '$."amount"') AS FLOAT64)), 0) * 1000000e0) <= @p9), FALSE)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = @p10
      AND ev3.`time` <= @p1
      AND ev3.`time` <= @p1
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT CONCAT(JSON_TYPE(JSON_QUERY(ev3.`properties`, '$."product"')), ':', JSON_VALUE(ev3.`properties`, '$."product"'))) >= @p11), FALSE)))
  AND (e.`id` IN (SELECT ev4.`entity_id`
      FROM `events` ev4
      WHERE ev4.`entity_type` = 'user'
      AND ev4.`event` = @p12
      AND ev4.`time` <= @p1
      AND ev4.`time` >= @p13
      AND ev4.`time` < @p14
      AND ev4.`time` <= @p1
      AND ev4.`entity_id` IS NOT NULL GROUP BY ev4.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT (DIV(ev4.`time`, 86400000) - CASE WHEN MOD(ev4.`time`, 86400000) < 0 THEN 1 ELSE 0 END)) >= @p15), FALSE)))
  AND (e.`id` IN (SELECT ev5.`entity_id`
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`event` = @p2
      AND ev5.`time` <= @p1
      AND ev5.`entity_id` IS NOT NULL GROUP BY ev5.`entity_id`
      HAVING MIN(ev5.`time`) > @p16
      AND MIN(ev5.`time`) <= @p1))
  AND ((e.`id` IN (SELECT ev6.`entity_id`
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`event` = @p12
        AND ev6.`time` <= @p1
        AND ev6.`time` > @p17
        AND ev6.`time` <= @p18
        AND ev6.`entity_id` IS NOT NULL)
      AND NOT (e.`id` IN (SELECT ev7.`entity_id`
          FROM `events` ev7
          WHERE ev7.`entity_type` = 'user'
          AND ev7.`event` = @p12
          AND ev7.`time` <= @p1
          AND ev7.`time` > @p18
          AND ev7.`time` <= @p1
          AND ev7.`entity_id` IS NOT NULL))))
  AND (e.`id` IN (SELECT ev8.`entity_id`
      FROM `events` ev8
      WHERE ev8.`entity_type` = 'user'
      AND ev8.`event` = @p12
      AND ev8.`time` <= @p1
      AND ev8.`time` > @p19
      AND ev8.`entity_id` IS NOT NULL GROUP BY ev8.`entity_id`
      HAVING COUNT(DISTINCT (DIV((@p1 - ev8.`time`), @p20) - CASE WHEN MOD((@p1 - ev8.`time`), @p20) < 0 THEN 1 ELSE 0 END)) >= @p11)))
ORDER BY 1

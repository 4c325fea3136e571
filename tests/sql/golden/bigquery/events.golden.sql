-- params: {"p1":1797336000000,"p2":"purchased","p3":10,"p4":"USD","p5":"EUR","p6":1794744000000,"p7":1792152000000,"p8":20,"p9":200,"p10":"viewed_product","p11":3,"p12":"opened_app","p13":1795737600000,"p14":1796342400000,"p15":5,"p16":1796731200000,"p17":1793534400000,"p18":1796126400000,"p19":604800000,"p20":1794916800000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND ((EXISTS (SELECT 1
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`entity_id` = e.`id`
      AND ev1.`event` = @p2
      AND ev1.`time` <= @p1
      AND COALESCE((CAST(JSON_VALUE(ev1.`properties`, '$."amount"') AS FLOAT64) >= @p3), FALSE)
      AND COALESCE((JSON_VALUE(ev1.`properties`, '$."currency"') IN (@p4, @p5)), FALSE)
      AND ev1.`time` > @p6
      AND ev1.`time` <= @p1))
  AND (COALESCE(((SELECT AVG(CAST(JSON_VALUE(ev2.`properties`, '$."amount"') AS FLOAT64))
          FROM `events` ev2
          WHERE ev2.`entity_type` = 'user'
          AND ev2.`entity_id` = e.`id`
          AND ev2.`event` = @p2
          AND ev2.`time` <= @p1
          AND ev2.`time` > @p7
          AND ev2.`time` <= @p6) >= @p8
        AND (SELECT AVG(CAST(JSON_VALUE(ev2.`properties`, '$."amount"') AS FLOAT64))
          FROM `events` ev2
          WHERE ev2.`entity_type` = 'user'
          AND ev2.`entity_id` = e.`id`
          AND ev2.`event` = @p2
          AND ev2.`time` <= @p1
          AND ev2.`time` > @p7
          AND ev2.`time` <= @p6) <= @p9), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT CONCAT(JSON_TYPE(JSON_QUERY(ev3.`properties`, '$."product"')), ':', JSON_VALUE(ev3.`properties`, '$."product"')))
          FROM `events` ev3
          WHERE ev3.`entity_type` = 'user'
          AND ev3.`entity_id` = e.`id`
          AND ev3.`event` = @p10
          AND ev3.`time` <= @p1
          AND ev3.`time` <= @p1) >= @p11), FALSE))
  AND (COALESCE(((SELECT COUNT(DISTINCT DIV(ev4.`time`, 86400000))
          FROM `events` ev4
          WHERE ev4.`entity_type` = 'user'
          AND ev4.`entity_id` = e.`id`
          AND ev4.`event` = @p12
          AND ev4.`time` <= @p1
          AND ev4.`time` >= @p13
          AND ev4.`time` < @p14
          AND ev4.`time` <= @p1) >= @p15), FALSE))
  AND (EXISTS (SELECT MIN(ev5.`time`)
      FROM `events` ev5
      WHERE ev5.`entity_type` = 'user'
      AND ev5.`entity_id` = e.`id`
      AND ev5.`event` = @p2
      AND ev5.`time` <= @p1
      HAVING MIN(ev5.`time`) > @p16
      AND MIN(ev5.`time`) <= @p1))
  AND ((EXISTS (SELECT 1
        FROM `events` ev6
        WHERE ev6.`entity_type` = 'user'
        AND ev6.`entity_id` = e.`id`
        AND ev6.`event` = @p12
        AND ev6.`time` <= @p1
        AND ev6.`time` > @p17
        AND ev6.`time` <= @p18)
      AND NOT EXISTS (SELECT 1
        FROM `events` ev7
        WHERE ev7.`entity_type` = 'user'
        AND ev7.`entity_id` = e.`id`
        AND ev7.`event` = @p12
        AND ev7.`time` <= @p1
        AND ev7.`time` > @p18
        AND ev7.`time` <= @p1)))
  AND (COALESCE(((SELECT COUNT(DISTINCT DIV((@p1 - ev8.`time`), @p19))
          FROM `events` ev8
          WHERE ev8.`entity_type` = 'user'
          AND ev8.`entity_id` = e.`id`
          AND ev8.`event` = @p12
          AND ev8.`time` <= @p1
          AND ev8.`time` > @p20) >= @p11), FALSE)))
ORDER BY 1

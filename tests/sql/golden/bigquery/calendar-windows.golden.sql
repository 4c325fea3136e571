-- params: {"p1":1797336000000,"p2":"purchased","p3":1796079600000,"p4":"opened_app","p5":1795906800000,"p6":1797116400000,"p7":3,"p8":1796511600000,"p9":2}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = @p2
      AND ev1.`time` <= @p1
      AND ev1.`time` >= @p3
      AND ev1.`time` <= @p1
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = @p4
      AND ev2.`time` <= @p1
      AND ev2.`time` >= @p5
      AND ev2.`time` < @p6
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT UNIX_DATE(DATE(TIMESTAMP_MILLIS(ev2.`time`), 'Europe/Berlin'))) >= @p7), FALSE)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = @p4
      AND ev3.`time` <= @p1
      AND ev3.`time` >= @p5
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COUNT(DISTINCT CASE WHEN ev3.`time` >= @p6 THEN 0 WHEN ev3.`time` >= @p8 THEN 1 WHEN ev3.`time` >= @p5 THEN 2 END) >= @p9)))
ORDER BY 1

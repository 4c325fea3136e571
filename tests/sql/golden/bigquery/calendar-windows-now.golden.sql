-- params: {"p1":"purchased","p2":"opened_app","p3":3,"p4":2}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= UNIX_MILLIS(CURRENT_TIMESTAMP()))
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = @p1
      AND ev1.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND ev1.`time` >= UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_TRUNC(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), MONTH), INTERVAL 0 MONTH), 'Europe/Berlin'))
      AND ev1.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = @p2
      AND ev2.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND ev2.`time` >= UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_SUB(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), INTERVAL MOD((MOD(EXTRACT(DAYOFWEEK
                      FROM DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin')) + 5, 7) + 1) + 0, 7) DAY), INTERVAL -14 DAY), 'Europe/Berlin'))
      AND ev2.`time` < UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_SUB(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), INTERVAL MOD((MOD(EXTRACT(DAYOFWEEK
                      FROM DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin')) + 5, 7) + 1) + 0, 7) DAY), INTERVAL 0 DAY), 'Europe/Berlin'))
      AND ev2.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT UNIX_DATE(DATE(TIMESTAMP_MILLIS(ev2.`time`), 'Europe/Berlin'))) >= @p3), FALSE)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = @p2
      AND ev3.`time` <= UNIX_MILLIS(CURRENT_TIMESTAMP())
      AND ev3.`time` >= UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_SUB(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), INTERVAL MOD((MOD(EXTRACT(DAYOFWEEK
                      FROM DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin')) + 5, 7) + 1) + 0, 7) DAY), INTERVAL -14 DAY), 'Europe/Berlin'))
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COUNT(DISTINCT CASE WHEN ev3.`time` >= UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_SUB(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), INTERVAL MOD((MOD(EXTRACT(DAYOFWEEK
                        FROM DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin')) + 5, 7) + 1) + 0, 7) DAY), INTERVAL 0 DAY), 'Europe/Berlin')) THEN 0 WHEN ev3.`time` >= UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_SUB(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), INTERVAL MOD((MOD(EXTRACT(DAYOFWEEK
                        FROM DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin')) + 5, 7) + 1) + 0, 7) DAY), INTERVAL -7 DAY), 'Europe/Berlin')) THEN 1 WHEN ev3.`time` >= UNIX_MILLIS(TIMESTAMP(DATE_ADD(DATE_SUB(DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin'), INTERVAL MOD((MOD(EXTRACT(DAYOFWEEK
                        FROM DATE(CURRENT_TIMESTAMP(), 'Europe/Berlin')) + 5, 7) + 1) + 0, 7) DAY), INTERVAL -14 DAY), 'Europe/Berlin')) THEN 2 END) >= @p4)))
ORDER BY 1

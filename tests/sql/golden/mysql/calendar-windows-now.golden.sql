-- params: ["purchased","opened_app",3,"opened_app",2]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED))
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = ?
      AND ev1.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND ev1.`time` >= (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL (DAYOFMONTH(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - 1) DAY) AS DATETIME) + INTERVAL 0 MONTH), 'Europe/Berlin', '+00:00')) DIV 1000)
      AND ev1.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = ?
      AND ev2.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND ev2.`time` >= (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL MOD((WEEKDAY(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) + 1) + 0, 7) DAY) AS DATETIME) + INTERVAL -14 DAY), 'Europe/Berlin', '+00:00')) DIV 1000)
      AND ev2.`time` < (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL MOD((WEEKDAY(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) + 1) + 0, 7) DAY) AS DATETIME) + INTERVAL 0 DAY), 'Europe/Berlin', '+00:00')) DIV 1000)
      AND ev2.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT (TO_DAYS(CONVERT_TZ(TIMESTAMPADD(MICROSECOND, ev2.`time` * 1000, TIMESTAMP '1970-01-01 00:00:00'), '+00:00', 'Europe/Berlin')) - 719528)) >= ?), FALSE)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = ?
      AND ev3.`time` <= CAST(UNIX_TIMESTAMP(NOW(3)) * 1000 AS SIGNED)
      AND ev3.`time` >= (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL MOD((WEEKDAY(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) + 1) + 0, 7) DAY) AS DATETIME) + INTERVAL -14 DAY), 'Europe/Berlin', '+00:00')) DIV 1000)
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COUNT(DISTINCT CASE WHEN ev3.`time` >= (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL MOD((WEEKDAY(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) + 1) + 0, 7) DAY) AS DATETIME) + INTERVAL 0 DAY), 'Europe/Berlin', '+00:00')) DIV 1000) THEN 0 WHEN ev3.`time` >= (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL MOD((WEEKDAY(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) + 1) + 0, 7) DAY) AS DATETIME) + INTERVAL -7 DAY), 'Europe/Berlin', '+00:00')) DIV 1000) THEN 1 WHEN ev3.`time` >= (TIMESTAMPDIFF(MICROSECOND, TIMESTAMP '1970-01-01 00:00:00', CONVERT_TZ((CAST((DATE(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) - INTERVAL MOD((WEEKDAY(CONVERT_TZ(UTC_TIMESTAMP(3), '+00:00', 'Europe/Berlin')) + 1) + 0, 7) DAY) AS DATETIME) + INTERVAL -14 DAY), 'Europe/Berlin', '+00:00')) DIV 1000) THEN 2 END) >= ?)))
ORDER BY 1

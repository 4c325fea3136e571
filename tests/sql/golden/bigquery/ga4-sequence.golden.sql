-- params: {"p1":1797336000000999,"p2":"page_view","p3":1794744000000999,"p4":"purchase"}
SELECT e.`id` AS id
FROM `analytics_123`.`ga4_users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND (e.`id` IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1.`user_pseudo_id` AS sid, (DIV(ev1.`event_timestamp`, 1000) - CASE WHEN MOD(ev1.`event_timestamp`, 1000) < 0 THEN 1 ELSE 0 END) AS st, NULL AS sb, 0 AS sk
        FROM `analytics_123`.`events_*` ev1
        WHERE ev1.`event_name` = @p2
        AND ev1.`event_timestamp` <= @p1
        AND ev1.`event_timestamp` > @p3
        AND ev1.`event_timestamp` <= @p1
        AND ev1.`_TABLE_SUFFIX` >= '20261114'
        AND ev1.`user_pseudo_id` IS NOT NULL) s), q4 AS (SELECT sid, st, sk, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS BETWEEN UNBOUNDED PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q2 UNION ALL SELECT ev3.`user_pseudo_id` AS sid, (DIV(ev3.`event_timestamp`, 1000) - CASE WHEN MOD(ev3.`event_timestamp`, 1000) < 0 THEN 1 ELSE 0 END) AS st, NULL AS sb, 0 AS sk
        FROM `analytics_123`.`events_*` ev3
        WHERE ev3.`event_name` = @p4
        AND ev3.`event_timestamp` <= @p1
        AND ev3.`event_timestamp` > @p3
        AND ev3.`event_timestamp` <= @p1
        AND ev3.`_TABLE_SUFFIX` >= '20261114'
        AND ev3.`user_pseudo_id` IS NOT NULL) u) SELECT sid
    FROM q4
    WHERE q4.sk = 0
    AND q4.sb IS NOT NULL
    AND st - sb <= 86400000))
ORDER BY 1

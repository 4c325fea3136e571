-- params: {"p1":1797336000000,"p2":"viewed_product","p3":"50%_off","p4":1794744000000,"p5":"added_to_cart","p6":1797249600000,"p7":"purchased"}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND (e.`id` IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1.`entity_id` AS sid, ev1.`time` AS st, NULL AS sb, 0 AS sk
        FROM `events` ev1
        WHERE ev1.`entity_type` = 'user'
        AND ev1.`event` = @p2
        AND ev1.`time` <= @p1
        AND COALESCE((STRPOS(TRANSLATE(JSON_VALUE(ev1.`properties`, '$."category"'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), @p3) > 0), FALSE)
        AND ev1.`time` > @p4
        AND ev1.`time` <= @p1
        AND ev1.`entity_id` IS NOT NULL) s), q4 AS (SELECT sid, st, sk, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st RANGE BETWEEN 86400000 PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q2 UNION ALL SELECT ev3.`entity_id` AS sid, ev3.`time` AS st, NULL AS sb, 0 AS sk
        FROM `events` ev3
        WHERE ev3.`entity_type` = 'user'
        AND ev3.`event` = @p5
        AND ev3.`time` <= @p1
        AND ev3.`time` > @p4
        AND ev3.`time` <= @p1
        AND ev3.`entity_id` IS NOT NULL) u), q7 AS (SELECT r5.sid, r5.st, r5.sb
      FROM q4 r5
      WHERE r5.sk = 0
      AND r5.sb IS NOT NULL
      AND r5.st <= @p6
      AND NOT EXISTS (SELECT 1
        FROM `events` ev6
        WHERE ev6.`entity_id` = r5.sid
        AND ev6.`entity_type` = 'user'
        AND ev6.`event` = @p7
        AND ev6.`time` <= @p1
        AND ev6.`time` > r5.st
        AND ev6.`time` <= (r5.st + 86400000))) SELECT sid
    FROM q7
    WHERE st - sb <= 604800000))
ORDER BY 1

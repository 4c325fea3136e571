-- params: {"p1":1797336000000,"p2":"viewed_product","p3":"50%_off","p4":1794744000000,"p5":"added_to_cart","p6":"purchased","p7":1797249600000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND (e.`id` IN (WITH q2 AS (SELECT sid, st, st AS sb
      FROM (SELECT ev1.`entity_id` AS sid, ev1.`time` AS st, NULL AS sb, 0 AS sk
        FROM `events` ev1
        WHERE ev1.`entity_type` = 'user'
        AND ev1.`event` = {p2:String}
        AND ev1.`time` <= {p1:Int64}
        AND COALESCE((position(lower(JSONExtract(ev1.`properties`, 'category', 'Nullable(String)')), {p3:String}) > 0), false)
        AND ev1.`time` > {p4:Int64}
        AND ev1.`time` <= {p1:Int64}
        AND ev1.`entity_id` IS NOT NULL) s), q4 AS (SELECT sid, st, sk, MAX(sb) OVER (PARTITION BY sid
        ORDER BY st RANGE BETWEEN 86400000 PRECEDING
        AND 1 PRECEDING) AS sb
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q2 UNION ALL SELECT ev3.`entity_id` AS sid, ev3.`time` AS st, NULL AS sb, 0 AS sk
        FROM `events` ev3
        WHERE ev3.`entity_type` = 'user'
        AND ev3.`event` = {p5:String}
        AND ev3.`time` <= {p1:Int64}
        AND ev3.`time` > {p4:Int64}
        AND ev3.`time` <= {p1:Int64}
        AND ev3.`entity_id` IS NOT NULL) u), q6 AS (SELECT sid, st, sb, sk, MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY sid
        ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING
        AND UNBOUNDED FOLLOWING) AS sn
      FROM (SELECT sid, st, sb, 2 AS sk
        FROM q4
        WHERE q4.sk = 0
        AND q4.sb IS NOT NULL UNION ALL SELECT ev5.`entity_id` AS sid, ev5.`time` AS st, NULL AS sb, 1 AS sk
        FROM `events` ev5
        WHERE ev5.`entity_type` = 'user'
        AND ev5.`event` = {p6:String}
        AND ev5.`time` <= {p1:Int64}
        AND ev5.`entity_id` IS NOT NULL) u) SELECT sid
    FROM q6
    WHERE q6.sk = 2
    AND (q6.sn IS NULL
      OR q6.sn > q6.st + 86400000)
    AND q6.st <= {p7:Int64}
    AND st - sb <= 604800000))
ORDER BY 1

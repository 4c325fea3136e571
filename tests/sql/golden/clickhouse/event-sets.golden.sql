-- params: {"p1":1797336000000,"p2":"viewed_product","p3":"added_to_cart","p4":20,"p5":1794744000000,"p6":3,"p7":"signed_up","p8":"purchased","p9":"opened_app","p10":"sent_ticket","p11":1796731200000,"p12":2,"p13":2592000000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` IN ({p2:String}, {p3:String})
      AND ev1.`time` <= {p1:Int64}
      AND COALESCE((JSONExtract(ev1.`properties`, 'price', 'Nullable(Float64)') >= {p4:Float64}), false)
      AND ev1.`time` > {p5:Int64}
      AND ev1.`time` <= {p1:Int64}
      AND ev1.`entity_id` IS NOT NULL GROUP BY ev1.`entity_id`
      HAVING COALESCE((COUNT(*) >= {p6:Float64}), false)))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` IN ({p7:String}, {p2:String}, {p3:String}, {p8:String}, {p9:String}, {p10:String})
      AND ev2.`time` <= {p1:Int64}
      AND ev2.`time` > {p11:Int64}
      AND ev2.`time` <= {p1:Int64}
      AND ev2.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT nt4.sid
      FROM (SELECT ev3.`entity_id` AS sid, ev3.`time` AS st, ROW_NUMBER() OVER (PARTITION BY ev3.`entity_id`
          ORDER BY ev3.`time`) AS sn, MIN(ev3.`time`) OVER (PARTITION BY ev3.`entity_id`) AS sf
        FROM `events` ev3
        WHERE ev3.`entity_type` = 'user'
        AND ev3.`event` = {p8:String}
        AND ev3.`time` <= {p1:Int64}
        AND ev3.`entity_id` IS NOT NULL) nt4
      WHERE nt4.sn = {p12:Float64}
      AND nt4.st > {p5:Int64}
      AND nt4.st <= {p1:Int64}
      AND nt4.st - nt4.sf <= {p13:Int64}))
  AND (e.`id` IN (WITH q6 AS (SELECT sid, st, st AS sb
        FROM (SELECT ev5.`entity_id` AS sid, ev5.`time` AS st, NULL AS sb, 0 AS sk
          FROM `events` ev5
          WHERE ev5.`entity_type` = 'user'
          AND ev5.`event` IN ({p2:String}, {p3:String})
          AND ev5.`time` <= {p1:Int64}
          AND ev5.`time` > {p5:Int64}
          AND ev5.`time` <= {p1:Int64}
          AND ev5.`entity_id` IS NOT NULL) s), q7 AS (SELECT sid, MIN(st) AS sb
        FROM q6 GROUP BY sid), q11 AS (SELECT c8.sid, c8.st, f9.sb
        FROM (SELECT ev10.`entity_id` AS sid, ev10.`time` AS st, NULL AS sb, 0 AS sk
          FROM `events` ev10
          WHERE ev10.`entity_type` = 'user'
          AND ev10.`event` = {p8:String}
          AND ev10.`time` <= {p1:Int64}
          AND ev10.`time` > {p5:Int64}
          AND ev10.`time` <= {p1:Int64}
          AND ev10.`entity_id` IS NOT NULL) c8 JOIN q7 f9 ON c8.sid = f9.sid
        WHERE c8.st > f9.sb), q13 AS (SELECT sid, st, sb, sk, MIN(CASE WHEN sk = 1 THEN st END) OVER (PARTITION BY sid
          ORDER BY st, sk ROWS BETWEEN 1 FOLLOWING
          AND UNBOUNDED FOLLOWING) AS sn
        FROM (SELECT sid, st, sb, 2 AS sk
          FROM q11 UNION ALL SELECT ev12.`entity_id` AS sid, ev12.`time` AS st, NULL AS sb, 1 AS sk
          FROM `events` ev12
          WHERE ev12.`entity_type` = 'user'
          AND ev12.`event` IN ({p7:String}, {p2:String}, {p3:String}, {p8:String}, {p9:String}, {p10:String})
          AND ev12.`time` <= {p1:Int64}
          AND ev12.`entity_id` IS NOT NULL) u) SELECT sid
      FROM q13
      WHERE q13.sk = 2
      AND (q13.sn IS NULL
        OR q13.sn > q13.st + 604800000)
      AND q13.st <= {p11:Int64})))
ORDER BY 1

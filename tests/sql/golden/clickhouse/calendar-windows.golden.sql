-- params: {"p1":1797336000000,"p2":"purchased","p3":1796079600000,"p4":"opened_app","p5":1795906800000,"p6":1797116400000,"p7":3,"p8":1796511600000,"p9":2}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((e.`id` IN (SELECT ev1.`entity_id`
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`event` = {p2:String}
      AND ev1.`time` <= {p1:Int64}
      AND ev1.`time` >= {p3:Int64}
      AND ev1.`time` <= {p1:Int64}
      AND ev1.`entity_id` IS NOT NULL))
  AND (e.`id` IN (SELECT ev2.`entity_id`
      FROM `events` ev2
      WHERE ev2.`entity_type` = 'user'
      AND ev2.`event` = {p4:String}
      AND ev2.`time` <= {p1:Int64}
      AND ev2.`time` >= {p5:Int64}
      AND ev2.`time` < {p6:Int64}
      AND ev2.`entity_id` IS NOT NULL GROUP BY ev2.`entity_id`
      HAVING COALESCE((COUNT(DISTINCT toRelativeDayNum(fromUnixTimestamp64Milli(toInt64(ev2.`time`), 'UTC'), 'Europe/Berlin')) >= {p7:Float64}), false)))
  AND (e.`id` IN (SELECT ev3.`entity_id`
      FROM `events` ev3
      WHERE ev3.`entity_type` = 'user'
      AND ev3.`event` = {p4:String}
      AND ev3.`time` <= {p1:Int64}
      AND ev3.`time` >= {p5:Int64}
      AND ev3.`entity_id` IS NOT NULL GROUP BY ev3.`entity_id`
      HAVING COUNT(DISTINCT CASE WHEN ev3.`time` >= {p6:Int64} THEN 0 WHEN ev3.`time` >= {p8:Int64} THEN 1 WHEN ev3.`time` >= {p5:Int64} THEN 2 END) >= {p9:Float64})))
ORDER BY 1

-- params: {"p1":1797336000000,"p2":"purchased","p3":1797336000000,"p4":10,"p5":"USD","p6":"EUR","p7":1794744000000,"p8":1797336000000,"p9":"purchased","p10":1797336000000,"p11":1792152000000,"p12":1794744000000,"p13":20,"p14":200,"p15":"viewed_product","p16":1797336000000,"p17":3,"p18":"opened_app","p19":1797336000000,"p20":1795737600000,"p21":1796342400000,"p22":5,"p23":"purchased","p24":1797336000000,"p25":1796731200000,"p26":1797336000000,"p27":"opened_app","p28":1797336000000,"p29":1793534400000,"p30":1796126400000,"p31":"opened_app","p32":1797336000000,"p33":1796126400000,"p34":1797336000000,"p35":1797336000000,"p36":604800000,"p37":"opened_app","p38":1794916800000,"p39":3}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((EXISTS (SELECT 1
      FROM `events` ev1
      WHERE ev1.`entity_type` = 'user'
      AND ev1.`entity_id` = e.`id`
      AND ev1.`event` = {p2:String}
      AND ev1.`time` <= {p3:Int64}
      AND (JSONExtract(ev1.`properties`, 'amount', 'Nullable(Float64)') IS NOT NULL
        AND JSONExtract(ev1.`properties`, 'amount', 'Nullable(Float64)') >= {p4:Float64})
      AND (JSONExtract(ev1.`properties`, 'currency', 'Nullable(String)') IS NOT NULL
        AND JSONExtract(ev1.`properties`, 'currency', 'Nullable(String)') IN ({p5:String}, {p6:String}))
      AND ev1.`time` > {p7:Int64}
      AND ev1.`time` <= {p8:Int64}))
  AND (COALESCE(((SELECT AVG(JSONExtract(ev2.`properties`, 'amount', 'Nullable(Float64)'))
          FROM `events` ev2
          WHERE ev2.`entity_type` = 'user'
          AND ev2.`entity_id` = e.`id`
          AND ev2.`event` = {p9:String}
          AND ev2.`time` <= {p10:Int64}
          AND ev2.`time` > {p11:Int64}
          AND ev2.`time` <= {p12:Int64}) >= {p13:Float64}
        AND (SELECT AVG(JSONExtract(ev2.`properties`, 'amount', 'Nullable(Float64)'))
          FROM `events` ev2
          WHERE ev2.`entity_type` = 'user'
          AND ev2.`entity_id` = e.`id`
          AND ev2.`event` = {p9:String}
          AND ev2.`time` <= {p10:Int64}
          AND ev2.`time` > {p11:Int64}
          AND ev2.`time` <= {p12:Int64}) <= {p14:Float64}), false))
  AND (COALESCE(((SELECT COUNT(DISTINCT concat(JSONType(ev3.`properties`, 'product'), ':', JSONExtract(ev3.`properties`, 'product', 'Nullable(String)')))
          FROM `events` ev3
          WHERE ev3.`entity_type` = 'user'
          AND ev3.`entity_id` = e.`id`
          AND ev3.`event` = {p15:String}
          AND ev3.`time` <= {p16:Int64}
          AND ev3.`time` <= {p16:Int64}) >= {p17:Float64}), false))
  AND (COALESCE(((SELECT COUNT(DISTINCT intDiv(ev4.`time`, 86400000))
          FROM `events` ev4
          WHERE ev4.`entity_type` = 'user'
          AND ev4.`entity_id` = e.`id`
          AND ev4.`event` = {p18:String}
          AND ev4.`time` <= {p19:Int64}
          AND ev4.`time` >= {p20:Int64}
          AND ev4.`time` < {p21:Int64}
          AND ev4.`time` <= {p19:Int64}) >= {p22:Float64}), false))
  AND (EXISTS (SELECT 1
      FROM (SELECT MIN(ev5.`time`) AS t
        FROM `events` ev5
        WHERE ev5.`entity_type` = 'user'
        AND ev5.`entity_id` = e.`id`
        AND ev5.`event` = {p23:String}
        AND ev5.`time` <= {p24:Int64}) f6
      WHERE f6.t IS NOT NULL
      AND f6.t > {p25:Int64}
      AND f6.t <= {p26:Int64}))
  AND ((EXISTS (SELECT 1
        FROM `events` ev7
        WHERE ev7.`entity_type` = 'user'
        AND ev7.`entity_id` = e.`id`
        AND ev7.`event` = {p27:String}
        AND ev7.`time` <= {p28:Int64}
        AND ev7.`time` > {p29:Int64}
        AND ev7.`time` <= {p30:Int64})
      AND NOT EXISTS (SELECT 1
        FROM `events` ev8
        WHERE ev8.`entity_type` = 'user'
        AND ev8.`entity_id` = e.`id`
        AND ev8.`event` = {p31:String}
        AND ev8.`time` <= {p32:Int64}
        AND ev8.`time` > {p33:Int64}
        AND ev8.`time` <= {p34:Int64})))
  AND (COALESCE(((SELECT COUNT(DISTINCT intDiv(({p35:Int64} - ev9.`time`), {p36:Int64}))
          FROM `events` ev9
          WHERE ev9.`entity_type` = 'user'
          AND ev9.`entity_id` = e.`id`
          AND ev9.`event` = {p37:String}
          AND ev9.`time` <= {p35:Int64}
          AND ev9.`time` > {p38:Int64}) >= {p39:Float64}), false)))
ORDER BY 1

-- params: {"p1":1797336000000,"p2":"viewed_product","p3":1797336000000,"p4":"50%_off","p5":"added_to_cart","p6":1797336000000,"p7":1794744000000,"p8":1797336000000,"p9":1794744000000,"p10":1797336000000,"p11":86400000,"p12":604800000,"p13":"purchased","p14":1797336000000,"p15":86400000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((EXISTS (SELECT 1
      FROM `events` s1, `events` s2
      WHERE s1.`entity_type` = 'user'
      AND s1.`entity_id` = e.`id`
      AND s1.`event` = {p2:String}
      AND s1.`time` <= {p3:Int64}
      AND (JSONExtract(s1.`properties`, 'category', 'Nullable(String)') IS NOT NULL
        AND position(lower(JSONExtract(s1.`properties`, 'category', 'Nullable(String)')), {p4:String}) > 0)
      AND s2.`entity_type` = 'user'
      AND s2.`entity_id` = e.`id`
      AND s2.`event` = {p5:String}
      AND s2.`time` <= {p6:Int64}
      AND s1.`time` > {p7:Int64}
      AND s1.`time` <= {p8:Int64}
      AND s2.`time` > {p9:Int64}
      AND s2.`time` <= {p10:Int64}
      AND s2.`time` > s1.`time`
      AND s2.`time` - s1.`time` <= {p11:Int64}
      AND s2.`time` - s1.`time` <= {p12:Int64}
      AND NOT EXISTS (SELECT 1
        FROM `events` n3
        WHERE n3.`entity_type` = 'user'
        AND n3.`entity_id` = e.`id`
        AND n3.`event` = {p13:String}
        AND n3.`time` <= {p14:Int64}
        AND n3.`time` > s2.`time`
        AND n3.`time` <= s2.`time` + {p15:Int64}))))
ORDER BY 1

-- params: {"p1":1797336000000,"p2":"viewed_product","p3":"50%_off","p4":"added_to_cart","p5":1794744000000,"p6":86400000,"p7":604800000,"p8":"purchased"}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((EXISTS (SELECT 1
      FROM `events` s1, `events` s2
      WHERE s1.`entity_type` = 'user'
      AND s1.`entity_id` = e.`id`
      AND s1.`event` = {p2:String}
      AND s1.`time` <= {p1:Int64}
      AND COALESCE((position(lower(JSONExtract(s1.`properties`, 'category', 'Nullable(String)')), {p3:String}) > 0), false)
      AND s2.`entity_type` = 'user'
      AND s2.`entity_id` = e.`id`
      AND s2.`event` = {p4:String}
      AND s2.`time` <= {p1:Int64}
      AND s1.`time` > {p5:Int64}
      AND s1.`time` <= {p1:Int64}
      AND s2.`time` > {p5:Int64}
      AND s2.`time` <= {p1:Int64}
      AND s2.`time` > s1.`time`
      AND s2.`time` - s1.`time` <= {p6:Int64}
      AND s2.`time` - s1.`time` <= {p7:Int64}
      AND NOT EXISTS (SELECT 1
        FROM `events` n3
        WHERE n3.`entity_type` = 'user'
        AND n3.`entity_id` = e.`id`
        AND n3.`event` = {p8:String}
        AND n3.`time` <= {p1:Int64}
        AND n3.`time` > s2.`time`
        AND n3.`time` <= s2.`time` + {p6:Int64}))))
ORDER BY 1

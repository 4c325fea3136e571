-- params: {"p1":1797336000000,"p2":"beta","p3":"whale","p4":"pro","p5":"enterprise","p6":"saas","p7":30}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= {p1:Int64})
AND ((EXISTS (SELECT 1
      FROM `list_memberships` m1
      WHERE m1.`list_id` = {p2:String}
      AND m1.`entity_id` = e.`id`
      AND (m1.`valid_from` IS NULL
        OR m1.`valid_from` <= {p1:Int64})
      AND (m1.`valid_to` IS NULL
        OR {p1:Int64} < m1.`valid_to`)))
  AND (NOT EXISTS (SELECT 1
      FROM `tag_assignments` m2
      WHERE m2.`tag_id` = {p3:String}
      AND m2.`entity_id` = e.`id`
      AND (m2.`valid_from` IS NULL
        OR m2.`valid_from` <= {p1:Int64})
      AND (m2.`valid_to` IS NULL
        OR {p1:Int64} < m2.`valid_to`)))
  AND (((COALESCE(((CASE WHEN EXISTS (SELECT 1
                FROM `property_history` h3
                WHERE h3.`entity_type` = 'user'
                AND h3.`entity_id` = e.`id`
                AND h3.`property` = 'plan') THEN (SELECT tupleElement(argMax(tuple(JSONExtract(h4.`value`, 'Nullable(String)')), tuple(h4.`valid_from`, h4.`seq`)), 1)
                FROM `property_history` h4
                WHERE h4.`entity_type` = 'user'
                AND h4.`entity_id` = e.`id`
                AND h4.`property` = 'plan'
                AND h4.`valid_from` <= {p1:Int64}) ELSE e.`plan` END) IN ({p4:String}, {p5:String})), false))))
  AND (NOT EXISTS (SELECT 1
      FROM `accounts` r5
      WHERE r5.`id` = e.`account_id`
      AND (r5.`created_at` IS NULL
        OR r5.`created_at` <= {p1:Int64})
      AND NOT ((COALESCE((r5.`industry` = {p6:String}), false)))))
  AND (NOT ((COALESCE((e.`age` > {p7:Float64}), false)))))
ORDER BY 1

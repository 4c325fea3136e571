-- params: {"p1":1797336000000,"p2":"viewed_product","p3":1797336000000,"p4":"50%_off","p5":"added_to_cart","p6":1797336000000,"p7":1794744000000,"p8":1797336000000,"p9":1794744000000,"p10":1797336000000,"p11":86400000,"p12":604800000,"p13":"purchased","p14":1797336000000,"p15":86400000}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND ((EXISTS (SELECT 1
      FROM `events` s1, `events` s2
      WHERE s1.`entity_type` = 'user'
      AND s1.`entity_id` = e.`id`
      AND s1.`event` = @p2
      AND s1.`time` <= @p3
      AND (JSON_VALUE(s1.`properties`, '$."category"') IS NOT NULL
        AND STRPOS(TRANSLATE(JSON_VALUE(s1.`properties`, '$."category"'), 'ABCDEFGHIJKLMNOPQRSTUVWXYZ', 'abcdefghijklmnopqrstuvwxyz'), @p4) > 0)
      AND s2.`entity_type` = 'user'
      AND s2.`entity_id` = e.`id`
      AND s2.`event` = @p5
      AND s2.`time` <= @p6
      AND s1.`time` > @p7
      AND s1.`time` <= @p8
      AND s2.`time` > @p9
      AND s2.`time` <= @p10
      AND s2.`time` > s1.`time`
      AND s2.`time` - s1.`time` <= @p11
      AND s2.`time` - s1.`time` <= @p12
      AND NOT EXISTS (SELECT 1
        FROM `events` n3
        WHERE n3.`entity_type` = 'user'
        AND n3.`entity_id` = e.`id`
        AND n3.`event` = @p13
        AND n3.`time` <= @p14
        AND n3.`time` > s2.`time`
        AND n3.`time` <= s2.`time` + @p15))))
ORDER BY 1

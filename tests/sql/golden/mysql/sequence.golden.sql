-- params: [1797336000000,"viewed_product",1797336000000,"50%_off","added_to_cart",1797336000000,1794744000000,1797336000000,1794744000000,1797336000000,86400000,604800000,"purchased",1797336000000,86400000]
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= ?)
AND ((EXISTS (SELECT 1
      FROM `events` s1, `events` s2
      WHERE s1.`entity_type` = 'user'
      AND s1.`entity_id` = e.`id`
      AND s1.`event` = ?
      AND s1.`time` <= ?
      AND COALESCE((LOCATE(?, REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(REPLACE(JSON_UNQUOTE(NULLIF(JSON_EXTRACT(s1.`properties`, '$."category"'), CAST('null' AS JSON))), 'A', 'a'), 'B', 'b'), 'C', 'c'), 'D', 'd'), 'E', 'e'), 'F', 'f'), 'G', 'g'), 'H', 'h'), 'I', 'i'), 'J', 'j'), 'K', 'k'), 'L', 'l'), 'M', 'm'), 'N', 'n'), 'O', 'o'), 'P', 'p'), 'Q', 'q'), 'R', 'r'), 'S', 's'), 'T', 't'), 'U', 'u'), 'V', 'v'), 'W', 'w'), 'X', 'x'), 'Y', 'y'), 'Z', 'z')) > 0), FALSE)
      AND s2.`entity_type` = 'user'
      AND s2.`entity_id` = e.`id`
      AND s2.`event` = ?
      AND s2.`time` <= ?
      AND s1.`time` > ?
      AND s1.`time` <= ?
      AND s2.`time` > ?
      AND s2.`time` <= ?
      AND s2.`time` > s1.`time`
      AND s2.`time` - s1.`time` <= ?
      AND s2.`time` - s1.`time` <= ?
      AND NOT EXISTS (SELECT 1
        FROM `events` n3
        WHERE n3.`entity_type` = 'user'
        AND n3.`entity_id` = e.`id`
        AND n3.`event` = ?
        AND n3.`time` <= ?
        AND n3.`time` > s2.`time`
        AND n3.`time` <= s2.`time` + ?))))
ORDER BY 1

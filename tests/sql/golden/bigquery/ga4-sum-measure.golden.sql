-- params: {"p1":1797336000000999,"p2":"purchase","p3":1794744000000999,"p4":100}
SELECT e.`id` AS id
FROM `analytics_123`.`ga4_users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= @p1)
AND (e.`id` IN (SELECT ev1.`user_pseudo_id`
    FROM `analytics_123`.`events_*` ev1
    WHERE ev1.`event_name` = @p2
    AND ev1.`event_timestamp` <= @p1
    AND ev1.`event_timestamp` > @p3
    AND ev1.`event_timestamp` <= @p1
    AND ev1.`_TABLE_SUFFIX` >= '20261114'
    AND ev1.`user_pseudo_id` IS NOT NULL GROUP BY ev1.`user_pseudo_id`
    HAVING COALESCE((COALESCE(SUM(ROUND(((SELECT COALESCE(CAST(p.value.int_value AS FLOAT64), p.value.double_value, p.value.float_value)
                  FROM UNNEST(ev1.`event_params`) AS p
                  WHERE p.key = 'value' LIMIT 1) * 1000000))), 0) / 1000000e0 >= @p4), FALSE)))
ORDER BY 1

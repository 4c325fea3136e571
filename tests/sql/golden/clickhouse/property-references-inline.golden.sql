-- params: {}
SELECT e.`id` AS id
FROM `users` e
WHERE (e.`created_at` IS NULL
  OR e.`created_at` <= 1797336000000)
AND ((COALESCE((e.`last_seen_at` < (e.`created_at` + 604800000)), false))
  AND (COALESCE((e.`created_at` > (e.`last_seen_at` + -129600000)), false))
  AND (COALESCE((lower(e.`name`) = lower(e.`email`)), false))
  AND (NOT COALESCE((e.`country` = (CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h1
            WHERE h1.`entity_type` = 'user'
            AND h1.`entity_id` = e.`id`
            AND h1.`property` = 'plan') THEN (SELECT tupleElement(argMax(tuple(JSONExtract(h2.`value`, 'Nullable(String)')), tuple(h2.`valid_from`, h2.`seq`)), 1)
            FROM `property_history` h2
            WHERE h2.`entity_type` = 'user'
            AND h2.`entity_id` = e.`id`
            AND h2.`property` = 'plan'
            AND h2.`valid_from` <= 1797336000000) ELSE e.`plan` END)), false))
  AND (COALESCE((e.`marketing_consent` = e.`marketing_consent`), false))
  AND (COALESCE(((CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h3
            WHERE h3.`entity_type` = 'user'
            AND h3.`entity_id` = e.`id`
            AND h3.`property` = 'ltv') THEN (SELECT tupleElement(argMax(tuple(JSONExtract(h4.`value`, 'Nullable(Float64)')), tuple(h4.`valid_from`, h4.`seq`)), 1)
            FROM `property_history` h4
            WHERE h4.`entity_type` = 'user'
            AND h4.`entity_id` = e.`id`
            AND h4.`property` = 'ltv'
            AND h4.`valid_from` <= 1794744000000) ELSE e.`ltv` END) > e.`age`), false))
  AND (COALESCE(((SELECT COALESCE(SUM(CASE WHEN (JSONExtract(ev5.`properties`, 'amount', 'Nullable(Float64)') * 1000000) < 0 THEN -FLOOR(0.5 - (JSONExtract(ev5.`properties`, 'amount', 'Nullable(Float64)') * 1000000)) ELSE FLOOR((JSONExtract(ev5.`properties`, 'amount', 'Nullable(Float64)') * 1000000) + 0.5) END), 0) / 1000000.0
          FROM `events` ev5
          WHERE ev5.`entity_id` = e.`id`
          AND ev5.`entity_type` = 'user'
          AND ev5.`event` = 'purchased'
          AND ev5.`time` <= 1797336000000
          AND ev5.`time` > (1797336000000 + -2592000000)
          AND ev5.`time` <= 1797336000000) >= (CASE WHEN EXISTS (SELECT 1
            FROM `property_history` h6
            WHERE h6.`entity_type` = 'user'
            AND h6.`entity_id` = e.`id`
            AND h6.`property` = 'ltv') THEN (SELECT tupleElement(argMax(tuple(JSONExtract(h7.`value`, 'Nullable(Float64)')), tuple(h7.`valid_from`, h7.`seq`)), 1)
            FROM `property_history` h7
            WHERE h7.`entity_type` = 'user'
            AND h7.`entity_id` = e.`id`
            AND h7.`property` = 'ltv'
            AND h7.`valid_from` <= 1797336000000) ELSE e.`ltv` END)), false)))
ORDER BY 1

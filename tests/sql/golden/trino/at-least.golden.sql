-- params: [1797336000000,"DE",30,"@example.com","@example.com","@example.com"]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= CAST(? AS BIGINT))
AND ((((CASE WHEN COALESCE((e."country" = ?), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((e."age" > ?), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((substr(e."email", greatest(length(e."email") - length(?) + 1, 1)) = ?
            AND length(e."email") >= length(?)), FALSE) THEN 1 ELSE 0 END)) >= 2))
ORDER BY 1

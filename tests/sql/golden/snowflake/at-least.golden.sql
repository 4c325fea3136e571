-- params: [1797336000000,"DE",30,"@example.com"]
SELECT e."id" AS id
FROM "users" e
WHERE (e."created_at" IS NULL
  OR e."created_at" <= :1)
AND ((((CASE WHEN COALESCE((e."country" = :2), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((e."age" > :3), FALSE) THEN 1 ELSE 0 END) + (CASE WHEN COALESCE((ENDSWITH(e."email", :4)), FALSE) THEN 1 ELSE 0 END)) >= 2))
ORDER BY 1

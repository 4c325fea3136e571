CREATE TABLE "users" ("id" VARCHAR, "email" VARCHAR, "name" VARCHAR, "country" VARCHAR, "plan" VARCHAR, "ltv" DOUBLE, "age" DOUBLE, "marketing_consent" BOOLEAN, "created_at" BIGINT, "last_seen_at" BIGINT, "interests" VARCHAR, "account_id" VARCHAR);
CREATE TABLE "accounts" ("id" VARCHAR, "name" VARCHAR, "industry" VARCHAR, "arr" DOUBLE, "seats" DOUBLE, "plan" VARCHAR, "created_at" BIGINT);
CREATE TABLE "events" ("entity_type" VARCHAR, "entity_id" VARCHAR, "event" VARCHAR, "time" BIGINT, "properties" VARCHAR);
CREATE TABLE "list_memberships" ("list_id" VARCHAR, "entity_id" VARCHAR, "valid_from" BIGINT, "valid_to" BIGINT);
CREATE TABLE "tag_assignments" ("tag_id" VARCHAR, "entity_id" VARCHAR, "valid_from" BIGINT, "valid_to" BIGINT);
CREATE TABLE "property_history" ("entity_type" VARCHAR, "entity_id" VARCHAR, "property" VARCHAR, "value" VARCHAR, "valid_from" BIGINT, "seq" BIGINT);

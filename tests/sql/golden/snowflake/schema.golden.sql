CREATE TABLE "users" ("id" VARCHAR PRIMARY KEY, "email" VARCHAR, "name" VARCHAR, "country" VARCHAR, "plan" VARCHAR, "ltv" DOUBLE, "age" DOUBLE, "marketing_consent" BOOLEAN, "created_at" NUMBER(19,0), "last_seen_at" NUMBER(19,0), "interests" VARIANT, "account_id" VARCHAR);
CREATE TABLE "accounts" ("id" VARCHAR PRIMARY KEY, "name" VARCHAR, "industry" VARCHAR, "arr" DOUBLE, "seats" DOUBLE, "plan" VARCHAR, "created_at" NUMBER(19,0));
CREATE TABLE "events" ("entity_type" VARCHAR, "entity_id" VARCHAR, "event" VARCHAR, "time" NUMBER(19,0), "properties" VARIANT);
CREATE TABLE "list_memberships" ("list_id" VARCHAR, "entity_id" VARCHAR, "valid_from" NUMBER(19,0), "valid_to" NUMBER(19,0));
CREATE TABLE "tag_assignments" ("tag_id" VARCHAR, "entity_id" VARCHAR, "valid_from" NUMBER(19,0), "valid_to" NUMBER(19,0));
CREATE TABLE "property_history" ("entity_type" VARCHAR, "entity_id" VARCHAR, "property" VARCHAR, "value" VARIANT, "valid_from" NUMBER(19,0), "seq" NUMBER(19,0));

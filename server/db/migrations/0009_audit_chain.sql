CREATE TABLE "audit_chain_heads" (
	"province_id" integer PRIMARY KEY DEFAULT ttdn_province() NOT NULL,
	"seq" bigint DEFAULT 0 NOT NULL,
	"hash" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "chain_seq" bigint;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "prev_hash" text;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "hash" text;--> statement-breakpoint
ALTER TABLE "audit_chain_heads" ADD CONSTRAINT "audit_chain_heads_province_id_provinces_id_fk" FOREIGN KEY ("province_id") REFERENCES "public"."provinces"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "audit_events_chain_uq" ON "audit_events" USING btree ("province_id","chain_seq");--> statement-breakpoint
-- hand-written:
-- Tamper-evident audit (issue 12, item 7). Each province's audit rows form a hash chain: a row's
-- hash is SHA-256 of the previous row's hash and every field of the row. The chain is sealed by a
-- deferred trigger at commit, so the head row is locked only for the instant of the commit (no
-- lock held through a transaction, no deadlock with the rows the change itself locks).
SELECT ttdn_scope_table('audit_chain_heads');--> statement-breakpoint
GRANT SELECT, INSERT, UPDATE ON audit_chain_heads TO ttdn_tenant;--> statement-breakpoint
-- The fields as a JSON array (no ambiguous field boundary); the time in UTC to the microsecond so
-- the session's time zone cannot change the hash.
CREATE OR REPLACE FUNCTION ttdn_audit_row_hash(prev text, seq bigint, r audit_events) RETURNS text
  LANGUAGE sql STABLE AS $$
  SELECT encode(sha256(convert_to(jsonb_build_array(
    prev, seq, r.province_id, r.id, to_char(r.at AT TIME ZONE 'UTC', 'YYYY-MM-DD"T"HH24:MI:SS.US'),
    r.actor_user_id, r.actor_name, r.action, r.subject_type, r.subject_id, r.before, r.after, r.request_id
  )::text, 'UTF8')), 'hex')
$$;--> statement-breakpoint
GRANT EXECUTE ON FUNCTION ttdn_audit_row_hash(text, bigint, audit_events) TO ttdn_tenant;--> statement-breakpoint
-- Rows already written join the chain in the order they were written.
DO $$
DECLARE
  r audit_events;
  v_prev text := '';
  v_seq bigint := 0;
  v_province integer := NULL;
BEGIN
  FOR r IN SELECT * FROM audit_events ORDER BY province_id, id LOOP
    IF v_province IS DISTINCT FROM r.province_id THEN
      IF v_province IS NOT NULL THEN
        INSERT INTO audit_chain_heads (province_id, seq, hash) VALUES (v_province, v_seq, v_prev);
      END IF;
      v_province := r.province_id;
      v_prev := '';
      v_seq := 0;
    END IF;
    v_seq := v_seq + 1;
    UPDATE audit_events SET chain_seq = v_seq, prev_hash = v_prev, hash = ttdn_audit_row_hash(v_prev, v_seq, r)
      WHERE id = r.id RETURNING hash INTO v_prev;
  END LOOP;
  IF v_province IS NOT NULL THEN
    INSERT INTO audit_chain_heads (province_id, seq, hash) VALUES (v_province, v_seq, v_prev);
  END IF;
END $$;--> statement-breakpoint
-- Seals a committed row: runs as the owner (the tenant role may not move the head by hand).
-- A row that arrives already sealed (ttdn restore) keeps its seal.
CREATE OR REPLACE FUNCTION ttdn_audit_seal() RETURNS trigger
  LANGUAGE plpgsql SECURITY DEFINER SET search_path = public, pg_temp AS $$
DECLARE
  r audit_events;
  head audit_chain_heads;
BEGIN
  SELECT * INTO r FROM audit_events WHERE id = NEW.id;
  IF NOT FOUND OR r.hash IS NOT NULL THEN
    RETURN NULL;
  END IF;
  SELECT * INTO head FROM audit_chain_heads WHERE province_id = r.province_id FOR UPDATE;
  IF NOT FOUND THEN
    INSERT INTO audit_chain_heads (province_id) VALUES (r.province_id) ON CONFLICT DO NOTHING;
    SELECT * INTO head FROM audit_chain_heads WHERE province_id = r.province_id FOR UPDATE;
  END IF;
  r.chain_seq := head.seq + 1;
  r.prev_hash := head.hash;
  r.hash := ttdn_audit_row_hash(head.hash, head.seq + 1, r);
  UPDATE audit_events SET chain_seq = r.chain_seq, prev_hash = r.prev_hash, hash = r.hash WHERE id = r.id;
  UPDATE audit_chain_heads SET seq = r.chain_seq, hash = r.hash WHERE province_id = r.province_id;
  RETURN NULL;
END $$;--> statement-breakpoint
-- Append-only: the only update allowed is the seal itself (chain columns of an unsealed row).
CREATE OR REPLACE FUNCTION ttdn_audit_guard() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'UPDATE' AND OLD.hash IS NULL
     AND to_jsonb(NEW) - ARRAY['chain_seq', 'prev_hash', 'hash'] = to_jsonb(OLD) - ARRAY['chain_seq', 'prev_hash', 'hash'] THEN
    RETURN NEW;
  END IF;
  RAISE EXCEPTION 'audit_events is append-only' USING ERRCODE = 'insufficient_privilege';
END $$;--> statement-breakpoint
CREATE TRIGGER audit_events_append_only BEFORE UPDATE OR DELETE ON audit_events
  FOR EACH ROW EXECUTE FUNCTION ttdn_audit_guard();--> statement-breakpoint
CREATE CONSTRAINT TRIGGER audit_events_seal AFTER INSERT ON audit_events
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ttdn_audit_seal();

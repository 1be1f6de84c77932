"""Triggers that keep `Incident.search_vector` (PostgreSQL; nothing on SQLite).

Why triggers rather than a refresh called from Python: the vector depends on three tables, and
they are written by ingest, cross-source attach, merge and unmerge (links moved by UPDATE, rows
restored with a raw save), the edit form, the admin (source-link inlines), history restore, the
STIX and ACLED imports and the bulk generator; each would need the call, after the last write.
And a Python-kept column is overwritten by any later `save()` of an instance loaded before the
refresh. Here one function computes the vector, and every write recomputes it:

- an incident row inserted, or updated with search_text or search_vector in its SET list
  (any `save()`; `update(review_status=...)` does not pay for it). A stale vector written back
  is recomputed, so no instance can overwrite a fresh one;
- source links inserted, deleted, or moved to another incident or source: one statement-level
  UPDATE of the incidents concerned (set-based for bulk_create and merges);
- a source's text changed: the incidents it is linked to.

replicate_volume copies run with session_replication_role = replica (no triggers): each copy
keeps its original's vector, which its copied search_text and sources would give again.
"""

from django.db import migrations

from incidents.migrations._postgresql import PostgreSQLOnlySQL

FUNCTIONS = """
CREATE OR REPLACE FUNCTION incident_search_vector(incident bigint, words text) RETURNS tsvector
LANGUAGE sql STABLE AS $$
    SELECT setweight(to_tsvector('english'::regconfig, COALESCE(words, '')), 'A')
        || setweight(to_tsvector('english'::regconfig, COALESCE((
            SELECT string_agg(s.text, ' ' ORDER BY s.id)
            FROM incidents_incidentsource AS l JOIN incidents_source AS s ON s.id = l.source_id
            WHERE l.incident_id = incident
        ), '')), 'B')
$$;

CREATE OR REPLACE FUNCTION incident_search_vector_row() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    NEW.search_vector := incident_search_vector(NEW.id, NEW.search_text);
    RETURN NEW;
END $$;

-- Setting the column to NULL fires incident_search_vector_row, which computes it: one expression.
CREATE OR REPLACE FUNCTION incident_search_vector_links() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'INSERT' THEN
        UPDATE incidents_incident SET search_vector = NULL WHERE id IN (SELECT incident_id FROM new_links);
    ELSIF TG_OP = 'DELETE' THEN
        UPDATE incidents_incident SET search_vector = NULL WHERE id IN (SELECT incident_id FROM old_links);
    ELSE
        UPDATE incidents_incident SET search_vector = NULL WHERE id IN (
            SELECT o.incident_id FROM old_links AS o JOIN new_links AS n ON n.id = o.id
            WHERE (o.incident_id, o.source_id) IS DISTINCT FROM (n.incident_id, n.source_id)
            UNION
            SELECT n.incident_id FROM old_links AS o JOIN new_links AS n ON n.id = o.id
            WHERE (o.incident_id, o.source_id) IS DISTINCT FROM (n.incident_id, n.source_id)
        );
    END IF;
    RETURN NULL;
END $$;

CREATE OR REPLACE FUNCTION incident_search_vector_source() RETURNS trigger
LANGUAGE plpgsql AS $$
BEGIN
    UPDATE incidents_incident SET search_vector = NULL
    WHERE id IN (SELECT incident_id FROM incidents_incidentsource WHERE source_id = NEW.id);
    RETURN NULL;
END $$;
"""

TRIGGERS = """
CREATE TRIGGER incident_search_vector BEFORE INSERT OR UPDATE OF search_text, search_vector
    ON incidents_incident FOR EACH ROW EXECUTE FUNCTION incident_search_vector_row();
CREATE TRIGGER incident_search_vector_links_insert AFTER INSERT ON incidents_incidentsource
    REFERENCING NEW TABLE AS new_links FOR EACH STATEMENT EXECUTE FUNCTION incident_search_vector_links();
CREATE TRIGGER incident_search_vector_links_delete AFTER DELETE ON incidents_incidentsource
    REFERENCING OLD TABLE AS old_links FOR EACH STATEMENT EXECUTE FUNCTION incident_search_vector_links();
CREATE TRIGGER incident_search_vector_links_update AFTER UPDATE ON incidents_incidentsource
    REFERENCING OLD TABLE AS old_links NEW TABLE AS new_links
    FOR EACH STATEMENT EXECUTE FUNCTION incident_search_vector_links();
CREATE TRIGGER incident_search_vector_source AFTER UPDATE OF text ON incidents_source
    FOR EACH ROW WHEN (OLD.text IS DISTINCT FROM NEW.text) EXECUTE FUNCTION incident_search_vector_source();
"""

DROP = """
DROP TRIGGER IF EXISTS incident_search_vector ON incidents_incident;
DROP TRIGGER IF EXISTS incident_search_vector_links_insert ON incidents_incidentsource;
DROP TRIGGER IF EXISTS incident_search_vector_links_delete ON incidents_incidentsource;
DROP TRIGGER IF EXISTS incident_search_vector_links_update ON incidents_incidentsource;
DROP TRIGGER IF EXISTS incident_search_vector_source ON incidents_source;
DROP FUNCTION IF EXISTS incident_search_vector_source();
DROP FUNCTION IF EXISTS incident_search_vector_links();
DROP FUNCTION IF EXISTS incident_search_vector_row();
DROP FUNCTION IF EXISTS incident_search_vector(bigint, text);
"""


class Migration(migrations.Migration):
    dependencies = [
        ("incidents", "0011_incident_search_vector"),
    ]

    operations = [
        PostgreSQLOnlySQL(sql=FUNCTIONS + TRIGGERS, reverse_sql=DROP),
    ]

-- Article bodies compressed with lz4 rather than pglz (written by hand; drizzle's schema does not
-- model a column's compression). Every read of an article detoasts its body and HTML, and a
-- search page cuts its snippets from 20 plain-text bodies: lz4 decompresses them several times
-- faster (README, "PostgreSQL and many nodes"). New and changed values are compressed with lz4; existing ones stay
-- as they are until they are next written. A server built without lz4 keeps pglz: the change is
-- skipped with a notice, not an error.
DO $$
BEGIN
  ALTER TABLE articles
    ALTER COLUMN body SET COMPRESSION lz4,
    ALTER COLUMN body_html SET COMPRESSION lz4,
    ALTER COLUMN body_text SET COMPRESSION lz4;
EXCEPTION WHEN feature_not_supported OR invalid_parameter_value THEN
  RAISE NOTICE 'lz4 is not available on this server: article bodies stay compressed with pglz';
END
$$;
